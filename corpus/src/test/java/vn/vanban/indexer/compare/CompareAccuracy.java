package vn.vanban.indexer.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.compare.Comparison.Status;
import vn.vanban.indexer.corpus.PlanPairs;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.parse.DocumentParser;

/**
 * Precision and recall of each coverage status, and section-alignment accuracy, over generated plan
 * pairs whose truth is known ({@link PlanPairs}). A reference point is found in the truth by its text
 * (folded, letters and digits only; the k-th equal text is the k-th truth point).
 *
 * <p>Run: {@code java -cp … vn.vanban.indexer.compare.CompareAccuracy [PAIRS [SEED]] [--calibrate]}.
 * {@code --calibrate} measures every pair of thresholds of a grid and prints the best.
 */
public final class CompareAccuracy {

    static final boolean ERRORS = Boolean.getBoolean("compare.errors");

    /** Ground truth and prediction of one status: true positives, predicted, expected. */
    static final class Counts {
        int tp;
        int predicted;
        int expected;

        double precision() {
            return predicted == 0 ? 1 : (double) tp / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) tp / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The figures of one run. */
    record Result(
            int pairs,
            Map<Status, Counts> status,
            Counts added,
            int carriedOrChanged,
            int carriedOrChangedRight,
            int matchesRight,
            int matchesChecked,
            int sectionsRight,
            int sections,
            int unknownPoints,
            Map<String, Integer> levels,
            Map<String, Integer> sides) {

        double sectionAccuracy() {
            return sections == 0 ? 1 : (double) sectionsRight / sections;
        }

        double carriedVersusChanged() {
            return carriedOrChanged == 0 ? 1 : (double) carriedOrChangedRight / carriedOrChanged;
        }

        double matchAccuracy() {
            return matchesChecked == 0 ? 1 : (double) matchesRight / matchesChecked;
        }

        /** What calibration maximises: MISSING and ADDED F1, CARRIED vs CHANGED, section alignment. */
        double score() {
            return (status.get(Status.MISSING).f1() + added.f1() + carriedVersusChanged() + sectionAccuracy()) / 4;
        }
    }

    /** Both documents of every pair, parsed once. */
    record Parsed(PlanPairs.Pair pair, ParsedDocument upper, ParsedDocument lower) {}

    static List<Parsed> parse(List<PlanPairs.Pair> pairs) {
        DocumentParser parser = new DocumentParser();
        List<Parsed> out = new ArrayList<>();
        for (PlanPairs.Pair p : pairs) {
            out.add(new Parsed(
                    p,
                    parser.parse(p.id() + ".upper.txt", p.upperText()),
                    parser.parse(p.id() + ".lower.txt", p.lowerText())));
        }
        return out;
    }

    static Result measure(List<Parsed> parsed, Thresholds thresholds) {
        Aligner aligner = new Aligner(thresholds);
        Map<Status, Counts> status = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            status.put(s, new Counts());
        }
        Counts added = new Counts();
        int cc = 0;
        int ccRight = 0;
        int matchesRight = 0;
        int matchesChecked = 0;
        int sectionsRight = 0;
        int sections = 0;
        int unknown = 0;
        Map<String, Integer> levels = new TreeMap<>();
        Map<String, Integer> sides = new TreeMap<>();
        for (Parsed p : parsed) {
            levels.merge(p.pair().levels(), 1, Integer::sum);
            sides.merge(p.pair().sides(), 1, Integer::sum);
            Comparison c = aligner.compare(
                    List.of(new ComparedDocument("upper", p.upper()), new ComparedDocument("lower", p.lower())));
            Map<String, Deque<PlanPairs.TruePoint>> truth = new HashMap<>();
            for (PlanPairs.TruePoint t : p.pair().points()) {
                truth.computeIfAbsent(key(t.text()), k -> new ArrayDeque<>()).add(t);
                status.get(Status.valueOf(t.fate().name())).expected++;
            }
            for (Comparison.Coverage cov : c.coverage()) {
                status.get(cov.status()).predicted++;
                Deque<PlanPairs.TruePoint> q = truth.get(key(cov.text()));
                PlanPairs.TruePoint t = q == null ? null : q.poll();
                if (t == null) {
                    unknown++;
                    continue;
                }
                Status expected = Status.valueOf(t.fate().name());
                if (expected != cov.status() && ERRORS) {
                    System.out.println("ERR " + p.pair().id() + " expected " + expected + " got " + cov.status() + " "
                            + cov.text() + "\n    truth: " + t.match() + "\n    match: "
                            + (cov.match() == null
                                    ? null
                                    : cov.match().similarity() + " "
                                            + cov.match().text()));
                }
                if (expected == cov.status()) {
                    status.get(expected).tp++;
                }
                if (expected != Status.MISSING && cov.status() != Status.MISSING) {
                    cc++;
                    if (expected == cov.status()) {
                        ccRight++;
                    }
                    matchesChecked++;
                    if (cov.match() != null
                            && t.match() != null
                            && key(cov.match().text()).equals(key(t.match()))) {
                        matchesRight++;
                    }
                }
            }
            Map<String, Integer> trueAdded = new HashMap<>();
            for (String a : p.pair().added()) {
                trueAdded.merge(key(a), 1, Integer::sum);
                added.expected++;
            }
            for (Comparison.Added a : c.added()) {
                added.predicted++;
                Integer left = trueAdded.get(key(a.text()));
                if (left != null && left > 0) {
                    trueAdded.put(key(a.text()), left - 1);
                    added.tp++;
                }
            }
            List<PlanPairs.TrueSection> trueSections = p.pair().sections();
            for (int i = 0; i < trueSections.size(); i++) {
                sections++;
                if (i >= c.sections().size()) {
                    continue;
                }
                List<Comparison.@Nullable SectionCell> cells =
                        c.sections().get(i).cells();
                Comparison.SectionCell ref = cells.get(0);
                Comparison.SectionCell got = cells.get(1);
                String expected = trueSections.get(i).match();
                boolean sameRef = ref != null
                        && key(ref.heading()).equals(key(trueSections.get(i).heading()));
                boolean right = expected == null
                        ? got == null
                        : got != null && key(got.heading()).equals(key(expected));
                if (sameRef && right) {
                    sectionsRight++;
                }
            }
        }
        return new Result(
                parsed.size(),
                status,
                added,
                cc,
                ccRight,
                matchesRight,
                matchesChecked,
                sectionsRight,
                sections,
                unknown,
                levels,
                sides);
    }

    static String key(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : VietnameseText.fold(VietnameseText.normalize(text)).toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                b.append(Character.toLowerCase(ch));
            }
        }
        return b.toString();
    }

    static String report(Result r, Thresholds t) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%d pairs; thresholds match %.3f, carried %.3f, section %.3f%n",
                r.pairs(),
                t.match(),
                t.carried(),
                t.section()));
        b.append("levels ").append(r.levels()).append('\n');
        b.append("sides  ").append(r.sides()).append('\n');
        for (Status s : Status.values()) {
            Counts c = r.status().get(s);
            b.append(String.format(
                    Locale.ROOT,
                    "%-8s P %.3f R %.3f (expected %d, predicted %d)%n",
                    s,
                    c.precision(),
                    c.recall(),
                    c.expected,
                    c.predicted));
        }
        b.append(String.format(
                Locale.ROOT,
                "%-8s P %.3f R %.3f (expected %d, predicted %d)%n",
                "ADDED",
                r.added().precision(),
                r.added().recall(),
                r.added().expected,
                r.added().predicted));
        b.append(String.format(
                Locale.ROOT,
                "CARRIED vs CHANGED accuracy %.3f (%d points); matched to the right point %.3f%n",
                r.carriedVersusChanged(),
                r.carriedOrChanged(),
                r.matchAccuracy()));
        b.append(String.format(
                Locale.ROOT,
                "section alignment %.3f (%d sections); reference points not found in the truth %d%n",
                r.sectionAccuracy(),
                r.sections(),
                r.unknownPoints()));
        return b.toString();
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean calibrate = rest.remove("--calibrate");
        int count = rest.isEmpty() ? 240 : Integer.parseInt(rest.get(0));
        long seed = rest.size() < 2 ? 42 : Long.parseLong(rest.get(1));
        List<Parsed> parsed = parse(PlanPairs.generate(count, seed));
        Thresholds best = Thresholds.STANDARD;
        if (calibrate) {
            double bestScore = -1;
            for (double match = 0.15; match <= 0.551; match += 0.05) {
                for (double carried = 0.60; carried <= 0.951; carried += 0.05) {
                    Thresholds t = new Thresholds(match, carried, Thresholds.STANDARD.section());
                    double score = measure(parsed, t).score();
                    if (score > bestScore) {
                        bestScore = score;
                        best = t;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "best of the grid: score %.4f%n", bestScore);
        }
        System.out.print(report(measure(parsed, best), best));
    }
}
