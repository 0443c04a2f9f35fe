package vn.vanban.indexer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.compare.Comparison.Added;
import vn.vanban.indexer.compare.Comparison.Coverage;
import vn.vanban.indexer.compare.Comparison.DiffSegment;
import vn.vanban.indexer.compare.Comparison.Match;
import vn.vanban.indexer.compare.Comparison.Op;
import vn.vanban.indexer.compare.Comparison.PairRow;
import vn.vanban.indexer.compare.Comparison.PointCell;
import vn.vanban.indexer.compare.Comparison.SectionCell;
import vn.vanban.indexer.compare.Comparison.SectionRow;
import vn.vanban.indexer.compare.Comparison.Status;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * Aligns the reference (the first document) with each other document.
 *
 * <ol>
 *   <li>Points are matched one to one across the whole documents, best similarity first, with order as
 *       a tie-breaker: a lower plan often moves a point to another section.
 *   <li>Sections are aligned by their headings (typical plan headings grouped by meaning), their whole
 *       text, and the points matched between them; each reference section takes its best section, so
 *       two upper sections merged into one lower section both align with it, and a section that
 *       aligns with nothing is left alone.
 *   <li>Points are matched again, now preferring points of aligned sections, and given their status.
 * </ol>
 */
final class Aligner {

    // Weights of a section score: heading, whole text, matched points; order only breaks ties.
    private static final double HEADING = 0.3;
    private static final double CONTENT = 0.2;
    private static final double POINTS = 0.5;
    private static final double ORDER = 0.05;
    private static final double POINT_ORDER = 0.03;
    private static final double SAME_SECTION = 0.08;

    private final Thresholds thresholds;

    Aligner(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** One document ready to be aligned. */
    private record Side(
            ComparedDocument doc,
            List<Structure.Part> parts,
            List<Structure.Point> points,
            Similarity.Profile[] pointProfiles,
            Similarity.Profile[] partProfiles) {}

    /** The alignment of the reference with one other document. */
    private record Pairing(
            int[] sectionOf,
            List<int[]> extraSections,
            int[] matchOf,
            int[] matchedBy,
            double[] similarity,
            double overall) {}

    Comparison compare(List<ComparedDocument> documents) {
        if (documents.size() < 2 || documents.size() > 3) {
            throw new IllegalArgumentException(
                    "so sánh 2 hoặc 3 văn bản / compare 2 or 3 documents, got " + documents.size());
        }
        Similarity similarity = new Similarity(Vocabulary.STANDARD, placeNames(documents));
        List<Side> sides = documents.stream().map(d -> side(d, similarity)).toList();
        Side ref = sides.getFirst();
        List<Pairing> pairings = new ArrayList<>();
        for (Side other : sides.subList(1, sides.size())) {
            pairings.add(pair(ref, other, similarity));
        }
        return result(sides, pairings);
    }

    private static Set<String> placeNames(List<ComparedDocument> documents) {
        Set<String> names = new HashSet<>();
        for (ComparedDocument d : documents) {
            ParsedDocument p = d.parsed();
            for (String n : Arrays.asList(p.province(), p.district(), p.commune(), p.place())) {
                if (n != null && !n.isBlank()) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static Side side(ComparedDocument doc, Similarity similarity) {
        List<Structure.Part> parts = Structure.of(doc.parsed());
        List<Structure.Point> points =
                parts.stream().flatMap(p -> p.points().stream()).toList();
        Similarity.Profile[] pointProfiles = new Similarity.Profile[points.size()];
        for (int i = 0; i < points.size(); i++) {
            pointProfiles[i] = similarity.profile(points.get(i).text());
        }
        Similarity.Profile[] partProfiles = new Similarity.Profile[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            partProfiles[i] = similarity.profile(parts.get(i).text());
        }
        return new Side(doc, parts, points, pointProfiles, partProfiles);
    }

    private Pairing pair(Side ref, Side other, Similarity similarity) {
        int n = ref.points().size();
        int m = other.points().size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = Similarity.cosine(ref.pointProfiles()[i], other.pointProfiles()[j]);
            }
        }
        int[] sectionOf = new int[ref.parts().size()];
        Arrays.fill(sectionOf, -1);
        int[][] firstMatch = match(ref, other, sim, sectionOf);
        int[] sectionsMatched = firstMatch[0];
        double[][] score = sectionScores(ref, other, similarity, sim, sectionsMatched);
        for (int i = 0; i < ref.parts().size(); i++) {
            int best = -1;
            for (int j = 0; j < other.parts().size(); j++) {
                if (score[i][j] >= thresholds.section() && (best < 0 || score[i][j] > score[i][best])) {
                    best = j;
                }
            }
            sectionOf[i] = best;
        }
        // A lower section no upper section chose: part of a split, or a section of its own.
        List<int[]> extra = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        for (int s : sectionOf) {
            chosen.add(s);
        }
        for (int j = 0; j < other.parts().size(); j++) {
            if (chosen.contains(j)) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < ref.parts().size(); i++) {
                if (score[i][j] >= thresholds.section() && (best < 0 || score[i][j] > score[best][j])) {
                    best = i;
                }
            }
            extra.add(new int[] {best, j});
        }
        int[][] second = match(ref, other, sim, sectionOf);
        int[] matchOf = second[0];
        int[] matchedBy = second[1];
        double[] s = new double[n];
        double matchedWords = 0;
        double allWords = 0;
        for (int i = 0; i < n; i++) {
            allWords += ref.pointProfiles()[i].size();
            if (matchOf[i] >= 0) {
                s[i] = sim[i][matchOf[i]];
                matchedWords += s[i] * (ref.pointProfiles()[i].size() + other.pointProfiles()[matchOf[i]].size());
            }
        }
        for (int j = 0; j < m; j++) {
            allWords += other.pointProfiles()[j].size();
        }
        return new Pairing(sectionOf, extra, matchOf, matchedBy, s, allWords == 0 ? 0 : matchedWords / allWords);
    }

    /**
     * One-to-one point matches, best first, among pairs at or above the match threshold. The order of
     * candidates adds a small preference for points of aligned sections (when {@code sectionOf} is
     * known) and for points at the same relative position.
     *
     * @return {matchOf (reference → other, -1), matchedBy (other → reference, -1)}
     */
    private int[][] match(Side ref, Side other, double[][] sim, int[] sectionOf) {
        int n = ref.points().size();
        int m = other.points().size();
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Structure.Point p = ref.points().get(i);
            for (int j = 0; j < m; j++) {
                if (sim[i][j] < thresholds.match()) {
                    continue;
                }
                Structure.Point q = other.points().get(j);
                double order = Math.abs((i + 0.5) / n - (j + 0.5) / m);
                double score =
                        sim[i][j] - POINT_ORDER * order + (sectionOf[p.section()] == q.section() ? SAME_SECTION : 0);
                candidates.add(new double[] {score, i, j});
            }
        }
        candidates.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] matchOf = new int[n];
        int[] matchedBy = new int[m];
        Arrays.fill(matchOf, -1);
        Arrays.fill(matchedBy, -1);
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (matchOf[i] < 0 && matchedBy[j] < 0) {
                matchOf[i] = j;
                matchedBy[j] = i;
            }
        }
        return new int[][] {matchOf, matchedBy};
    }

    private static double[][] sectionScores(
            Side ref, Side other, Similarity similarity, double[][] sim, int[] matchOf) {
        int r = ref.parts().size();
        int o = other.parts().size();
        double[][] evidence = new double[r][o];
        for (int i = 0; i < matchOf.length; i++) {
            if (matchOf[i] >= 0) {
                evidence[ref.points().get(i).section()][
                        other.points().get(matchOf[i]).section()] += sim[i][matchOf[i]];
            }
        }
        double[][] score = new double[r][o];
        for (int i = 0; i < r; i++) {
            Structure.Part a = ref.parts().get(i);
            for (int j = 0; j < o; j++) {
                Structure.Part b = other.parts().get(j);
                double heading = similarity.headings(a.heading(), b.heading());
                double content = Similarity.cosine(ref.partProfiles()[i], other.partProfiles()[j]);
                double points = a.points().isEmpty()
                        ? 0
                        : Math.min(1, evidence[i][j] / a.points().size());
                double order = Math.abs((i + 0.5) / r - (j + 0.5) / o);
                score[i][j] = HEADING * heading + CONTENT * content + POINTS * points - ORDER * order;
            }
        }
        return score;
    }

    private Comparison result(List<Side> sides, List<Pairing> pairings) {
        Side ref = sides.getFirst();
        int width = sides.size();
        List<SectionRow> sectionRows = new ArrayList<>();
        for (int i = 0; i < ref.parts().size(); i++) {
            List<@Nullable SectionCell> cells = new ArrayList<>();
            cells.add(sectionCell(ref.parts().get(i)));
            int[] index = new int[width];
            index[0] = i;
            for (int k = 1; k < width; k++) {
                index[k] = pairings.get(k - 1).sectionOf()[i];
                cells.add(index[k] < 0 ? null : sectionCell(sides.get(k).parts().get(index[k])));
            }
            sectionRows.add(new SectionRow(cells, sectionSimilarity(sides, index)));
        }
        for (int k = 1; k < width; k++) {
            for (int[] extra : pairings.get(k - 1).extraSections()) {
                List<@Nullable SectionCell> cells = new ArrayList<>();
                int[] index = new int[width];
                Arrays.fill(index, -1);
                index[0] = extra[0];
                index[k] = extra[1];
                for (int c = 0; c < width; c++) {
                    cells.add(
                            index[c] < 0
                                    ? null
                                    : sectionCell(sides.get(c).parts().get(index[c])));
                }
                sectionRows.add(new SectionRow(cells, sectionSimilarity(sides, index)));
            }
        }
        List<PairRow> pairs = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        List<Added> added = new ArrayList<>();
        for (int i = 0; i < ref.points().size(); i++) {
            Structure.Point p = ref.points().get(i);
            List<Structure.@Nullable Point> row = new ArrayList<>();
            row.add(p);
            double rowSimilarity = 0;
            for (int k = 1; k < width; k++) {
                Pairing pairing = pairings.get(k - 1);
                Side other = sides.get(k);
                int j = pairing.matchOf()[i];
                Structure.Point q = j < 0 ? null : other.points().get(j);
                row.add(q);
                Status status;
                Match match = null;
                if (q == null) {
                    status = Status.MISSING;
                } else {
                    double s = pairing.similarity()[i];
                    boolean numbers = Similarity.numbersChanged(ref.pointProfiles()[i], other.pointProfiles()[j]);
                    status = s >= thresholds.carried() && !numbers ? Status.CARRIED : Status.CHANGED;
                    match = new Match(q.label(), q.text(), round(s));
                    if (rowSimilarity == 0) {
                        rowSimilarity = s;
                    }
                }
                coverage.add(new Coverage(other.doc().key(), p.label(), p.text(), status, match));
            }
            pairs.add(pairRow(row, rowSimilarity));
        }
        for (int k = 1; k < width; k++) {
            Side other = sides.get(k);
            int[] matchedBy = pairings.get(k - 1).matchedBy();
            for (int j = 0; j < other.points().size(); j++) {
                if (matchedBy[j] >= 0) {
                    continue;
                }
                Structure.Point q = other.points().get(j);
                added.add(new Added(other.doc().key(), q.label(), q.text()));
                List<Structure.@Nullable Point> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(c == k ? q : null);
                }
                pairs.add(pairRow(row, 0));
            }
        }
        double overall =
                pairings.stream().mapToDouble(Pairing::overall).average().orElse(0);
        return new Comparison(
                sides.stream().map(s -> s.doc().info()).toList(), round(overall), sectionRows, pairs, coverage, added);
    }

    private static SectionCell sectionCell(Structure.Part part) {
        return new SectionCell(part.label(), part.heading());
    }

    /** Similarity of the whole texts of the first two present sections of a row. */
    private static double sectionSimilarity(List<Side> sides, int[] index) {
        Similarity.Profile first = null;
        for (int k = 0; k < index.length; k++) {
            if (index[k] < 0) {
                continue;
            }
            Similarity.Profile p = sides.get(k).partProfiles()[index[k]];
            if (first == null) {
                first = p;
            } else {
                return round(Similarity.cosine(first, p));
            }
        }
        return 0;
    }

    /** A row of points; {@code similarity} is that of the reference point and its first match. */
    private static PairRow pairRow(List<Structure.@Nullable Point> row, double similarity) {
        List<@Nullable PointCell> cells = new ArrayList<>();
        Structure.Point first = null;
        Structure.Point second = null;
        for (Structure.Point p : row) {
            cells.add(p == null ? null : new PointCell(p.label(), p.text()));
            if (p != null) {
                if (first == null) {
                    first = p;
                } else if (second == null) {
                    second = p;
                }
            }
        }
        if (first == null) {
            throw new IllegalStateException("an empty row");
        }
        if (second == null) {
            Op op = row.getFirst() == first ? Op.DELETE : Op.INSERT;
            return new PairRow(cells, 0, List.of(new DiffSegment(op, first.text())));
        }
        return new PairRow(cells, round(similarity), WordDiff.of(first.text(), second.text()));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
