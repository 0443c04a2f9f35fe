package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * Over the real Official Gazette texts (read where they are, never copied): number, type and date are
 * found for at least 95% of the documents, and type and year agree with the Gazette's own index.
 */
class GazetteCoverageTest {

    static final Path CORPUS = Path.of(System.getProperty("shared.dir", "../shared"), "corpus", "congbao");

    /** The index's "loai" → our type code. */
    private static final Map<String, String> TYPES = Map.of(
            "Thông tư",
            "TT",
            "VB HN",
            "VBHN",
            "Nghị định",
            "NĐ",
            "NQ",
            "NQ",
            "QĐ",
            "QĐ",
            "Luật",
            "L",
            "TT Liên tịch",
            "TTLT");

    @Test
    void number_type_and_date_are_found_for_95_percent_of_gazette_documents() throws IOException {
        Path index = CORPUS.resolve("index.jsonl");
        assumeTrue(Files.isRegularFile(index), "skipped: ../shared not found");
        ObjectMapper json = new ObjectMapper();
        DocumentParser parser = new DocumentParser();
        int total = 0;
        int found = 0;
        long citations = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(index)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            Path file = CORPUS.resolve(row.get("file").asText());
            total++;
            ParsedDocument d = parser.parse(file.toString(), Files.readString(file));
            citations += d.citations().size();
            String expectedType = TYPES.get(row.get("loai").asText());
            int year = row.get("nam").asInt();
            // For consolidated texts the index's "nam" is often the VBHN number, not a year.
            boolean yearKnown = year >= 1945 && year <= 2100 && !"VBHN".equals(expectedType);
            boolean ok = d.number() != null
                    && d.type() != null
                    && d.date() != null
                    && (expectedType == null || expectedType.equals(d.type().code()))
                    && (!yearKnown || d.date().getYear() == year);
            if (ok) {
                found++;
            } else {
                misses.add(row.get("file").asText() + " → " + d.number() + " "
                        + (d.type() == null ? null : d.type().code()) + " " + d.date());
            }
        }
        System.out.printf(
                "Gazette: %d/%d documents with number, type and date (%.1f%%); %d citations found%n",
                found, total, 100.0 * found / total, citations);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat((double) found / total).as("misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void a_header_printed_after_the_first_pages_body_is_read_and_a_dotted_number_is_a_number() throws IOException {
        Path file = CORPUS.resolve("hdld/thong-tu-so-09-2026-tt-bnv-469696.txt");
        assumeTrue(Files.isRegularFile(file), "skipped: ../shared not found");
        ParsedDocument d = new DocumentParser().parse(file.toString(), Files.readString(file));
        assertThat(d.number()).isEqualTo("09/2026/TT-BNV");
        assertThat(d.issuer()).isEqualTo("Bộ Nội vụ");
        assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2026, 5, 15));
        assertThat(d.place()).isEqualTo("Hà Nội");
        assertThat(d.citations())
                .filteredOn(c -> "66.16/2026/NQ-CP".equals(c.number()))
                .singleElement()
                .satisfies(c -> assertThat(c.issuer()).isEqualTo("Chính phủ"));
    }
}
