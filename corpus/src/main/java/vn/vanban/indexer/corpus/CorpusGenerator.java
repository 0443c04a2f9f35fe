package vn.vanban.indexer.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Relation;

/**
 * Writes a demo corpus: {@code count} documents in chains from real central directives down to the
 * Party cells, each file with its {@code <name>.expected.json}, and a {@code manifest.json} listing
 * every document, its parents and, for each real document, every document that implements it
 * transitively. The same seed gives the same corpus, byte for byte.
 */
public final class CorpusGenerator {

    /**
     * What was written.
     *
     * @param byFormat how many files of each format
     * @param warnings e.g. the PDF font fallback
     */
    public record Result(int count, Map<Format, Integer> byFormat, Path manifest, List<String> warnings) {}

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private CorpusGenerator() {}

    /** The default mix: 80% text, 15% Word, 5% PDF, restricted to the formats asked for. */
    public static Map<Format, Integer> weights(Set<Format> formats) {
        Map<Format, Integer> weights = new EnumMap<>(Format.class);
        for (Format f : formats) {
            weights.put(
                    f,
                    switch (f) {
                        case TXT -> 80;
                        case DOCX -> 15;
                        case PDF -> 5;
                    });
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
        return weights;
    }

    public static Result generate(Path out, int count, long seed, Set<Format> formats) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1, was " + count);
        }
        Files.createDirectories(out);
        List<Doc> docs = new Planner(seed, count, weights(formats)).plan();
        Optional<PdfWriter> pdf = formats.contains(Format.PDF) ? PdfWriter.create() : Optional.empty();
        List<String> warnings = new ArrayList<>();
        if (formats.contains(Format.PDF) && pdf.isEmpty()) {
            warnings.add(PdfWriter.missingFontMessage());
        }
        Written[] written = new Written[docs.size()];
        try {
            IntStream.range(0, docs.size())
                    .parallel()
                    .forEach(i -> written[i] = write(out, docs.get(i), pdf.orElse(null)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<Format, Integer> byFormat = new EnumMap<>(Format.class);
        for (Written w : written) {
            byFormat.merge(w.format(), 1, Integer::sum);
        }
        Path manifest = out.resolve("manifest.json");
        Files.writeString(
                manifest,
                JSON.writeValueAsString(manifest(docs, written, seed, byFormat, warnings)),
                StandardCharsets.UTF_8);
        return new Result(docs.size(), byFormat, manifest, List.copyOf(warnings));
    }

    /** One written file and the parents its ground truth names (IMPLEMENTS and BASIS). */
    private record Written(String file, Format format, List<GroundTruth.Cited> parents) {}

    private static Written write(Path out, Doc doc, @Nullable PdfWriter pdf) {
        Composer.Composed composed = Composer.compose(doc);
        List<GroundTruth.Cited> cited = GroundTruth.merge(composed.mentions());
        Format format = doc.format() == Format.PDF && pdf == null ? Format.DOCX : doc.format();
        String file = doc.id() + "." + format.extension();
        try {
            Path path = out.resolve(file);
            switch (format) {
                case TXT ->
                    Files.writeString(path, TxtWriter.write(composed.layout(), doc.seed()), StandardCharsets.UTF_8);
                case DOCX -> {
                    try (OutputStream o = Files.newOutputStream(path)) {
                        DocxWriter.write(composed.layout(), o);
                    }
                }
                case PDF -> {
                    try (OutputStream o = Files.newOutputStream(path)) {
                        pdf.write(composed.layout(), o);
                    }
                }
            }
            Files.writeString(
                    out.resolve(doc.id() + ".expected.json"),
                    JSON.writeValueAsString(GroundTruth.of(doc, composed, cited)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(file) + ": " + e.getMessage(), e);
        }
        List<GroundTruth.Cited> parents = cited.stream()
                .filter(c -> c.relation() == Relation.IMPLEMENTS || c.relation() == Relation.BASIS)
                .toList();
        return new Written(file, format, parents);
    }

    private static Map<String, Object> manifest(
            List<Doc> docs, Written[] written, long seed, Map<Format, Integer> byFormat, List<String> warnings) {
        Map<Doc, String> files = new IdentityHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            files.put(docs.get(i), written[i].file());
        }
        // Ancestors in generation order: parents always come first.
        Map<Doc, Set<Doc>> ancestors = new IdentityHashMap<>();
        Set<Doc> cited = new LinkedHashSet<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc doc = docs.get(i);
            Set<Doc> up = new LinkedHashSet<>();
            List<Map<String, Object>> parents = new ArrayList<>();
            for (GroundTruth.Cited c : written[i].parents()) {
                Doc p = c.target();
                up.add(p);
                up.addAll(ancestors.getOrDefault(p, Set.of()));
                Map<String, Object> parent = new LinkedHashMap<>();
                parent.put("number", p.number());
                parent.put("issuer", p.organ().name());
                parent.put("date", p.date().toString());
                parent.put("relation", c.relation().name());
                parent.put("file", files.get(p));
                parents.add(parent);
            }
            ancestors.put(doc, up);
            up.stream().filter(Doc::real).forEach(cited::add);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("file", written[i].file());
            d.put("number", doc.number());
            d.put("type", doc.type().code());
            d.put("issuer", doc.organ().name());
            d.put("issuerLevel", doc.organ().level().name());
            d.put(
                    "province",
                    doc.organ().province() == null
                            ? null
                            : doc.organ().province().name());
            d.put("date", doc.date().toString());
            d.put("parents", parents);
            documents.add(d);
        }
        List<Map<String, Object>> roots = new ArrayList<>();
        Map<String, Object> chains = new LinkedHashMap<>();
        for (Doc real : Campaign.REAL_DOCUMENTS) {
            if (!cited.contains(real)) {
                continue;
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("number", real.number());
            root.put("type", real.type().code());
            root.put("date", real.date().toString());
            root.put("issuer", real.organ().name());
            root.put("subject", real.subject());
            roots.add(root);
            List<String> implementers = new ArrayList<>();
            for (Doc d : docs) {
                if (ancestors.get(d).contains(real)) {
                    implementers.add(files.get(d));
                }
            }
            chains.put(real.number(), implementers);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("count", docs.size());
        manifest.put("seed", seed);
        Map<String, Integer> formats = new LinkedHashMap<>();
        byFormat.forEach((f, n) -> formats.put(f.extension(), n));
        manifest.put("formats", formats);
        manifest.put("warnings", warnings);
        manifest.put("roots", roots);
        manifest.put("chains", chains);
        manifest.put("documents", documents);
        return manifest;
    }

    /** "txt,docx,pdf" → the formats; an unknown name is an error naming it. */
    public static Set<Format> parseFormats(String list) {
        Set<Format> formats = new HashSet<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                formats.add(Format.valueOf(p.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--formats: unknown format '" + p + "' (txt, docx, pdf)");
            }
        }
        return formats;
    }
}
