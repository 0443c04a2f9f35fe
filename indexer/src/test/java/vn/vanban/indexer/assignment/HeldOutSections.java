package vn.vanban.indexer.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.IssuerLevel;

/**
 * The held-out implementation sections ({@code heldout-sections.txt}, written before the rules and
 * not used to write them) and the per-field accuracy of {@link AssignmentExtractor} on them.
 */
final class HeldOutSections {

    /** Written before the rules. */
    static final String RESOURCE = "/vn/vanban/indexer/assignment/heldout-sections.txt";
    /**
     * Written after the rules and first measured blind; since used to improve them (a development
     * set, see {@link HeldOutAccuracyTest}).
     */
    static final String DEVELOPMENT = "/vn/vanban/indexer/assignment/heldout-sections-2.txt";
    /**
     * Written blind by an engineer who never read the rules and first measured blind; since used to
     * improve them (a development set, see {@link HeldOutAccuracyTest}).
     */
    static final String THIRD = "/vn/vanban/indexer/assignment/heldout-sections-3.txt";
    /**
     * Written blind by another engineer who read neither the rules nor the sentences of sets 1–3, for
     * the integrator to measure once against the final rules; never used to tune them.
     */
    static final String FOURTH = "/vn/vanban/indexer/assignment/heldout-sections-4.txt";

    static final List<String> FIELDS = List.of("found", "assignees", "role", "action", "due", "recurrence");

    record Expected(String anchor, String assignees, String role, String action, String due, String recurrence) {}

    record Case(String id, String issuer, LocalDate date, String text, List<Expected> tasks) {}

    /** Correct and total per field, and the mismatches as lines. */
    record Report(Map<String, int[]> fields, int extracted, int expected, List<String> mismatches) {

        double accuracy(String field) {
            int[] f = fields.get(field);
            return f[1] == 0 ? 1.0 : (double) f[0] / f[1];
        }

        String summary() {
            StringBuilder s = new StringBuilder();
            s.append("held-out sections: ")
                    .append(expected)
                    .append(" expected tasks, ")
                    .append(extracted)
                    .append(" extracted\n");
            for (String f : FIELDS) {
                int[] c = fields.get(f);
                s.append(String.format("  %-10s %3d / %3d = %.3f%n", f, c[0], c[1], accuracy(f)));
            }
            return s.toString();
        }
    }

    private HeldOutSections() {}

    static List<Case> read(String resource) {
        String all;
        try (InputStream in = HeldOutSections.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : all.split("\n=== ")) {
            if (block.startsWith("#")) {
                continue;
            }
            String[] parts = block.split("\n---\n", 2);
            String[] head = parts[0].split("\n", 2);
            String[] meta = head[0].split("\\s*\\|\\s*");
            List<Expected> tasks = new ArrayList<>();
            for (String line : parts[1].strip().split("\n")) {
                String[] f = line.split("\\s*\\|\\s*");
                tasks.add(new Expected(f[0].strip(), f[1], f[2], f[3], f[4], f[5].strip()));
            }
            cases.add(new Case(meta[0].strip(), meta[1], LocalDate.parse(meta[2].strip()), head[1], tasks));
        }
        return cases;
    }

    static IssuerLevel level(String issuer) {
        String s = issuer.toLowerCase(java.util.Locale.ROOT);
        if (s.contains("tỉnh") || s.contains("khối")) {
            return IssuerLevel.PROVINCE;
        }
        if (s.contains("xã") || s.contains("phường")) {
            return IssuerLevel.COMMUNE;
        }
        return IssuerLevel.DISTRICT;
    }

    static Report evaluate(List<Case> cases) {
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new int[2]));
        List<String> mismatches = new ArrayList<>();
        int extracted = 0;
        int expected = 0;
        for (Case c : cases) {
            String text = VietnameseText.normalize(c.text());
            List<Assignment> found = AssignmentExtractor.extract(text, c.date(), level(c.issuer()));
            extracted += found.size();
            Set<Integer> used = new HashSet<>();
            for (Expected e : c.tasks()) {
                expected++;
                String anchor = VietnameseText.normalize(e.anchor());
                Assignment a = null;
                for (int i = 0; i < found.size(); i++) {
                    if (!used.contains(i) && found.get(i).text().contains(anchor)) {
                        a = found.get(i);
                        used.add(i);
                        break;
                    }
                }
                Map<String, String> want = Map.of(
                        "found", "yes",
                        "assignees", e.assignees(),
                        "role", e.role(),
                        "action", e.action(),
                        "due", e.due(),
                        "recurrence", e.recurrence());
                Map<String, String> got = a == null
                        ? Map.of()
                        : Map.of(
                                "found", "yes",
                                "assignees", classes(a),
                                "role", a.role().name(),
                                "action", a.action().name(),
                                "due", due(a.due()),
                                "recurrence", recurrence(a.recurrence()));
                for (String f : FIELDS) {
                    int[] count = fields.get(f);
                    count[1]++;
                    if (want.get(f).equals(got.get(f))) {
                        count[0]++;
                    } else {
                        mismatches.add(c.id() + " \"" + e.anchor() + "\" " + f + ": expected " + want.get(f) + ", got "
                                + got.get(f));
                    }
                }
            }
        }
        return new Report(fields, extracted, expected, mismatches);
    }

    static String classes(Assignment a) {
        return a.assignees().isEmpty()
                ? "NONE"
                : a.assignees().stream()
                        .map(x -> x.group() == null ? "ORGAN" : x.group().name())
                        .collect(Collectors.joining("+"));
    }

    static String due(Due d) {
        if (d == null) {
            return "-";
        }
        return switch (d.kind()) {
            case WITHIN -> "WITHIN " + d.days() + " " + (d.date() == null ? "-" : d.date());
            default -> d.kind() + " " + d.date();
        };
    }

    static String recurrence(Recurrence r) {
        if (r == null) {
            return "-";
        }
        return r.months() + "M"
                + (r.day() == null
                        ? ""
                        : "@"
                                + String.format(
                                        "%02d-%02d",
                                        r.day().getMonthValue(), r.day().getDayOfMonth()));
    }

    public static void main(String[] args) {
        for (String resource : List.of(RESOURCE, DEVELOPMENT, THIRD, FOURTH)) {
            Report r = evaluate(read(resource));
            System.out.print(resource + "\n" + r.summary());
            r.mismatches().forEach(m -> System.out.println("  " + m));
        }
    }
}
