package vn.vanban.indexer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.extract.Extractor;
import vn.vanban.indexer.extract.Extractors;

/**
 * Per-field accuracy and citation precision/recall of the parser over the labelled fixtures
 * ({@code <name>.expected.json} beside each document; only the fields listed there are asserted).
 * A citation matches on its number (or, unnumbered, its subject) and relation; only first mentions
 * count (repeats are the same document).
 *
 * <p>Run: {@code java -cp … vn.vanban.indexer.document.AccuracyReport [DIR]}.
 */
public final class AccuracyReport {

    static final Path DEFAULT_DIR = Path.of("src/test/resources/fixtures/labelled");

    /**
     * Fixtures written after the parser's rules, on other provinces, other organs and the text faults
     * of issue 9, that no rule was tuned on: measured and reported apart from {@link #DEFAULT_DIR}.
     */
    static final Path HELD_OUT_DIR = Path.of("src/test/resources/fixtures/held-out");

    /** Totals of one run. */
    record Result(
            Map<String, int[]> fields,
            int expectedCitations,
            int foundCitations,
            int matchedCitations,
            Map<String, int[]> citationFields,
            List<String> mismatches,
            int documents,
            int skipped) {

        double accuracy(String field) {
            int[] f = fields.get(field);
            return f == null || f[1] == 0 ? 1.0 : (double) f[0] / f[1];
        }

        double overallFieldAccuracy() {
            int ok = 0;
            int all = 0;
            for (int[] f : fields.values()) {
                ok += f[0];
                all += f[1];
            }
            return all == 0 ? 1.0 : (double) ok / all;
        }

        double precision() {
            return foundCitations == 0 ? 1.0 : (double) matchedCitations / foundCitations;
        }

        double recall() {
            return expectedCitations == 0 ? 1.0 : (double) matchedCitations / expectedCitations;
        }
    }

    private AccuracyReport() {}

    /** The extractor for fixtures: the one line to change when the Tika extractor is merged. */
    static Extractor extractor() {
        return Extractors.standard();
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            print(measure(Path.of(args[0]), extractor()), System.out);
            return;
        }
        System.out.println("== labelled fixtures (the rules were written on these)");
        print(measure(DEFAULT_DIR, extractor()), System.out);
        System.out.println("== held-out fixtures (no rule tuned on them)");
        print(measure(HELD_OUT_DIR, extractor()), System.out);
    }

    static void print(Result r, PrintStream out) {
        out.printf("documents: %d (skipped: %d)%n", r.documents(), r.skipped());
        out.printf("%-16s %8s %6s%n", "field", "accuracy", "n");
        r.fields().forEach((k, v) -> out.printf("%-16s %8.3f %6d%n", k, r.accuracy(k), v[1]));
        out.printf("%-16s %8.3f%n", "ALL FIELDS", r.overallFieldAccuracy());
        out.printf(
                "citations: expected %d, found %d, matched %d → precision %.3f, recall %.3f%n",
                r.expectedCitations(), r.foundCitations(), r.matchedCitations(), r.precision(), r.recall());
        r.citationFields()
                .forEach((k, v) -> out.printf(
                        "  matched citations, %-8s %8.3f %6d%n", k, v[1] == 0 ? 1.0 : (double) v[0] / v[1], v[1]));
        r.mismatches().forEach(m -> out.println("  ✗ " + m));
    }

    static Result measure(Path dir, Extractor extractor) throws IOException {
        ObjectMapper json = new ObjectMapper();
        DocumentReader reader = new StandardDocumentReader(extractor);
        Map<String, int[]> fields = new LinkedHashMap<>();
        Map<String, int[]> citationFields = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        int expectedCitations = 0;
        int found = 0;
        int matched = 0;
        int documents = 0;
        int skipped = 0;
        List<Path> expectations;
        try (Stream<Path> files = Files.list(dir)) {
            expectations = files.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
        for (Path expectedFile : expectations) {
            String base = expectedFile.getFileName().toString().replace(".expected.json", "");
            Path document = findDocument(dir, base);
            if (document == null) {
                skipped++;
                mismatches.add(base + ": no document beside the expected JSON");
                continue;
            }
            ParsedDocument d = reader.read(document);
            if (d.status() != DocumentStatus.OK) {
                skipped++;
                mismatches.add(base + ": " + d.status() + " " + d.error());
                continue;
            }
            documents++;
            JsonNode exp = json.readTree(expectedFile.toFile());
            Map<String, @Nullable Object> actual = actualFields(d);
            for (Iterator<String> it = exp.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (field.equals("citations") || !actual.containsKey(field)) {
                    continue;
                }
                Object want = json.convertValue(exp.get(field), Object.class);
                Object got = actual.get(field);
                boolean ok = java.util.Objects.equals(normalise(want), normalise(got));
                int[] f = fields.computeIfAbsent(field, k -> new int[2]);
                f[1]++;
                if (ok) {
                    f[0]++;
                } else {
                    mismatches.add(base + " " + field + ": expected " + want + " but was " + got);
                }
            }
            if (exp.has("citations")) {
                List<Citation> distinct =
                        d.citations().stream().filter(c -> c.repeatOf() == null).toList();
                found += distinct.size();
                Set<Integer> used = new HashSet<>();
                for (JsonNode ec : exp.get("citations")) {
                    expectedCitations++;
                    String key = key(text(ec, "number"), text(ec, "subject"));
                    String relation = text(ec, "relation");
                    int hit = -1;
                    for (int i = 0; i < distinct.size(); i++) {
                        Citation c = distinct.get(i);
                        if (!used.contains(i)
                                && key.equals(key(c.number(), c.subject()))
                                && c.relation().name().equals(relation)) {
                            hit = i;
                            break;
                        }
                    }
                    if (hit < 0) {
                        mismatches.add(base + " citation not found: " + key + " " + relation);
                        continue;
                    }
                    used.add(hit);
                    matched++;
                    Citation c = distinct.get(hit);
                    compare(
                            citationFields,
                            mismatches,
                            base,
                            key,
                            "date",
                            text(ec, "date"),
                            c.date() == null ? null : c.date().toString(),
                            ec.has("date"));
                    compare(
                            citationFields,
                            mismatches,
                            base,
                            key,
                            "issuer",
                            text(ec, "issuer"),
                            c.issuer(),
                            ec.has("issuer"));
                    compare(
                            citationFields,
                            mismatches,
                            base,
                            key,
                            "type",
                            ec.has("type") && !ec.get("type").isNull()
                                    ? ec.get("type").get("code").asText()
                                    : null,
                            c.type() == null ? null : c.type().code(),
                            ec.has("type"));
                    compare(
                            citationFields,
                            mismatches,
                            base,
                            key,
                            "subject",
                            text(ec, "subject"),
                            c.subject(),
                            ec.has("subject"));
                }
                for (int i = 0; i < distinct.size(); i++) {
                    if (!used.contains(i)) {
                        Citation c = distinct.get(i);
                        mismatches.add(
                                base + " unexpected citation: " + key(c.number(), c.subject()) + " " + c.relation());
                    }
                }
            }
        }
        return new Result(fields, expectedCitations, found, matched, citationFields, mismatches, documents, skipped);
    }

    private static void compare(
            Map<String, int[]> acc,
            List<String> mismatches,
            String base,
            String key,
            String field,
            @Nullable String want,
            @Nullable String got,
            boolean asserted) {
        if (!asserted) {
            return;
        }
        int[] f = acc.computeIfAbsent(field, k -> new int[2]);
        f[1]++;
        if (java.util.Objects.equals(want, got)) {
            f[0]++;
        } else {
            mismatches.add(base + " citation " + key + " " + field + ": expected " + want + " but was " + got);
        }
    }

    /** {@code plan.expected.json} goes with {@code plan.txt}; {@code plan.docx.expected.json} with {@code plan.docx}. */
    private static @Nullable Path findDocument(Path dir, String base) throws IOException {
        Path exact = dir.resolve(base);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(base + ".") && !n.endsWith(".expected.json");
                    })
                    .findFirst()
                    .orElse(null);
        }
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String key(@Nullable String number, @Nullable String subject) {
        if (number != null) {
            return DocumentNumbers.key(number);
        }
        return "~"
                + (subject == null
                        ? ""
                        : subject.toLowerCase(Locale.ROOT)
                                .replaceAll("\\s+", " ")
                                .strip());
    }

    private static @Nullable Object normalise(@Nullable Object o) {
        return o instanceof String s ? s.strip() : o;
    }

    private static Map<String, @Nullable Object> actualFields(ParsedDocument d) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("number", d.number());
        m.put(
                "type",
                d.type() == null
                        ? null
                        : Map.of("code", d.type().code(), "name", d.type().name()));
        m.put("issuer", d.issuer());
        m.put("parentOrgan", d.parentOrgan());
        m.put("issuerSide", d.issuerSide() == null ? null : d.issuerSide().name());
        m.put("issuerLevel", d.issuerLevel() == null ? null : d.issuerLevel().name());
        m.put("province", d.province());
        m.put("district", d.district());
        m.put("commune", d.commune());
        m.put("place", d.place());
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("subject", d.subject());
        m.put("signer", d.signer());
        m.put("signerPosition", d.signerPosition());
        m.put("authority", d.authority());
        m.put("recipients", d.recipients());
        m.put("visibility", d.visibility());
        return m;
    }
}
