package vn.vanban.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.extract.ExtractedText;
import vn.vanban.indexer.extract.Extractors;

class CorpusGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Path corpus;
    private static JsonNode manifest;

    @BeforeAll
    static void generate() throws IOException {
        corpus = shared.resolve("txt");
        CorpusGenerator.generate(corpus, 400, 42, Set.of(Format.TXT));
        manifest = JSON.readTree(corpus.resolve("manifest.json").toFile());
    }

    @Test
    void the_same_seed_writes_the_same_corpus_byte_for_byte(@TempDir Path again) throws IOException {
        CorpusGenerator.generate(again, 400, 42, Set.of(Format.TXT));
        List<Path> files = list(corpus);
        assertThat(list(again)).hasSameSizeAs(files);
        for (Path f : files) {
            assertThat(again.resolve(f.getFileName().toString()))
                    .as(f.getFileName().toString())
                    .hasSameBinaryContentAs(f);
        }
    }

    @Test
    void another_seed_writes_another_corpus(@TempDir Path other) throws IOException {
        CorpusGenerator.generate(other, 400, 43, Set.of(Format.TXT));
        assertThat(Files.readString(other.resolve("manifest.json")))
                .isNotEqualTo(Files.readString(corpus.resolve("manifest.json")));
    }

    @Test
    void every_generated_document_has_a_parent_at_a_higher_level_in_the_corpus_or_real() {
        Map<String, JsonNode> byFile = new HashMap<>();
        manifest.get("documents").forEach(d -> byFile.put(d.get("file").asText(), d));
        Set<String> real = new HashSet<>();
        manifest.get("roots").forEach(r -> real.add(r.get("number").asText()));
        Set<String> realNumbers = new HashSet<>();
        Campaign.REAL_DOCUMENTS.forEach(d -> realNumbers.add(d.number()));
        assertThat(manifest.get("documents")).hasSize(400);
        for (JsonNode d : manifest.get("documents")) {
            IssuerLevel level = IssuerLevel.valueOf(d.get("issuerLevel").asText());
            LocalDate date = LocalDate.parse(d.get("date").asText());
            assertThat(d.get("parents")).as(d.get("file").asText()).isNotEmpty();
            boolean higher = false;
            for (JsonNode p : d.get("parents")) {
                assertThat(LocalDate.parse(p.get("date").asText())).isBefore(date);
                IssuerLevel parentLevel;
                if (p.get("file").isNull()) {
                    assertThat(realNumbers).contains(p.get("number").asText());
                    assertThat(real).contains(p.get("number").asText());
                    parentLevel = IssuerLevel.CENTRAL;
                } else {
                    JsonNode parent = byFile.get(p.get("file").asText());
                    assertThat(parent)
                            .as("parent %s of %s is in the corpus", p, d.get("file"))
                            .isNotNull();
                    assertThat(parent.get("number").asText())
                            .isEqualTo(p.get("number").asText());
                    parentLevel = IssuerLevel.valueOf(parent.get("issuerLevel").asText());
                }
                higher |= parentLevel.ordinal() < level.ordinal();
            }
            assertThat(higher || level == IssuerLevel.CENTRAL)
                    .as("%s has a parent at a higher level", d.get("file"))
                    .isTrue();
        }
    }

    @Test
    void every_document_of_a_large_corpus_is_dated_after_its_parents(@TempDir Path large) throws IOException {
        // Seed 7 at 4 000 documents had district reports dated before the province plan they report on
        // (dated after the district's own plan only): the graph rightly refused those edges, and the
        // manifest listed the reports as implementers.
        CorpusGenerator.generate(large, 4000, 7, Set.of(Format.TXT));
        JsonNode big = JSON.readTree(large.resolve("manifest.json").toFile());
        for (JsonNode d : big.get("documents")) {
            LocalDate date = LocalDate.parse(d.get("date").asText());
            for (JsonNode p : d.get("parents")) {
                assertThat(LocalDate.parse(p.get("date").asText()))
                        .as(
                                "%s: parent %s",
                                d.get("file").asText(), p.get("number").asText())
                        .isBefore(date);
            }
        }
    }

    @Test
    void a_commune_peoples_committee_names_its_district_among_the_organs_it_reports_to() throws IOException {
        int communes = 0;
        for (JsonNode d : manifest.get("documents")) {
            JsonNode truth = JSON.readTree(corpus.resolve(d.get("file").asText().replace(".txt", ".expected.json"))
                    .toFile());
            if (!"COMMUNE".equals(truth.get("issuerLevel").asText())
                    || !truth.get("issuer").asText().startsWith("Ủy ban nhân dân")
                    || truth.get("district").isNull()) {
                continue;
            }
            communes++;
            String district = truth.get("district").asText();
            assertThat(truth.get("recipients"))
                    .as(d.get("file").asText())
                    .anySatisfy(r -> assertThat(r.asText()).contains(district).endsWith("(b/c)"));
        }
        assertThat(communes).isPositive();
    }

    @Test
    void the_corpus_spans_every_level_several_provinces_and_types() {
        Set<String> levels = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        Set<String> types = new HashSet<>();
        manifest.get("documents").forEach(d -> {
            levels.add(d.get("issuerLevel").asText());
            provinces.add(d.get("province").asText());
            types.add(d.get("type").asText());
        });
        assertThat(levels).containsExactlyInAnyOrder("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE", "GRASSROOTS");
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(5);
        assertThat(types).contains("KH", "HD", "CV", "QĐ", "BC");
    }

    @Test
    void the_chains_of_the_manifest_are_the_transitive_implementers() {
        Map<String, JsonNode> byFile = new HashMap<>();
        manifest.get("documents").forEach(d -> byFile.put(d.get("file").asText(), d));
        JsonNode chain = manifest.get("chains").get("03-CT/TW");
        assertThat(chain).isNotNull();
        Set<String> expected = new LinkedHashSet<>();
        for (JsonNode d : manifest.get("documents")) {
            if (reaches(d, "03-CT/TW", byFile)) {
                expected.add(d.get("file").asText());
            }
        }
        Set<String> actual = new LinkedHashSet<>();
        chain.forEach(f -> actual.add(f.asText()));
        assertThat(actual).isEqualTo(expected).isNotEmpty();
    }

    private static boolean reaches(JsonNode d, String root, Map<String, JsonNode> byFile) {
        for (JsonNode p : d.get("parents")) {
            if (p.get("file").isNull()
                    ? p.get("number").asText().equals(root)
                    : reaches(byFile.get(p.get("file").asText()), root, byFile)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_ground_truth_is_what_the_text_says() throws IOException {
        for (JsonNode d : manifest.get("documents")) {
            String file = d.get("file").asText();
            String text = Files.readString(corpus.resolve(file));
            JsonNode truth = JSON.readTree(
                    corpus.resolve(file.replaceAll("\\.txt$", ".expected.json")).toFile());
            String flat = text.replaceAll("\\s+", " ");
            String numberLine = text.lines()
                    .filter(l -> l.strip().startsWith("Số"))
                    .findFirst()
                    .orElseThrow()
                    .strip();
            numberLine = numberLine.contains("  ") ? numberLine.substring(0, numberLine.indexOf("  ")) : numberLine;
            assertThat(DocumentNumbers.key(numberLine))
                    .as(file)
                    .isEqualTo(DocumentNumbers.key(truth.get("number").asText()));
            LocalDate date = LocalDate.parse(truth.get("date").asText());
            assertThat(flat).as(file).containsAnyOf(headerDates(date).toArray(String[]::new));
            assertThat(flat).as(file).contains(truth.get("subject").asText());
            assertThat(flat).as(file).contains(truth.get("signer").asText());
            assertThat(flat).as(file).contains(truth.get("place").asText() + ", ngày");
            truth.get("recipients").forEach(r -> assertThat(flat).as(file).contains(r.asText()));
            for (JsonNode c : truth.get("citations")) {
                assertThat(flat)
                        .as(file)
                        .contains(
                                c.get("type").get("name").asText().equals("Chương trình")
                                        ? "Chương trình hành động số "
                                                + c.get("number").asText()
                                        : c.get("type").get("name").asText() + " số "
                                                + c.get("number").asText());
                if (!c.get("date").isNull()) {
                    assertThat(flat)
                            .as(file + " " + c)
                            .containsAnyOf(
                                    citationDates(LocalDate.parse(c.get("date").asText()))
                                            .toArray(String[]::new));
                }
                if (!c.get("subject").isNull()) {
                    assertThat(flat).as(file).contains(c.get("subject").asText());
                }
            }
        }
    }

    @Test
    void docx_and_pdf_files_open_with_tika_and_contain_their_number(@TempDir Path mixed) throws Exception {
        CorpusGenerator.Result result = CorpusGenerator.generate(mixed, 30, 5, Set.of(Format.DOCX, Format.PDF));
        assertThat(result.byFormat().keySet()).contains(Format.DOCX);
        JsonNode m = JSON.readTree(mixed.resolve("manifest.json").toFile());
        int pdfs = 0;
        for (JsonNode d : m.get("documents")) {
            Path file = mixed.resolve(d.get("file").asText());
            pdfs += file.toString().endsWith(".pdf") ? 1 : 0;
            String text = extract(file);
            JsonNode truth =
                    JSON.readTree(mixed.resolve(d.get("file").asText().replaceAll("\\.(docx|pdf)$", ".expected.json"))
                            .toFile());
            assertThat(text.replaceAll("\\s", ""))
                    .as(file.toString())
                    .contains(truth.get("number").asText());
            assertThat(text).as(file.toString()).contains(truth.get("signer").asText());
        }
        if (PdfWriter.create().isPresent()) {
            assertThat(pdfs).isPositive();
        }
    }

    /** The project's Tika extractor, as ingestion reads the files. */
    private static String extract(Path file) {
        ExtractedText extracted = Extractors.standard().extract(file);
        assertThat(extracted.status()).as("%s: %s", file, extracted.error()).isEqualTo(DocumentStatus.OK);
        return extracted.text();
    }

    private static List<String> headerDates(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        List<String> forms = new ArrayList<>();
        for (String day : List.of(Integer.toString(d), String.format("%02d", d))) {
            for (String month : List.of(Integer.toString(m), String.format("%02d", m))) {
                forms.add("ngày " + day + " tháng " + month + " năm " + date.getYear());
            }
        }
        return forms;
    }

    private static List<String> citationDates(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        return List.of(
                d + "/" + m + "/" + y,
                String.format("%02d/%02d/%d", d, m, y),
                d + " tháng " + m + " năm " + y,
                d + "-" + m + "-" + y);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
