package vn.vanban.indexer.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.extract.Extractors;

/**
 * The text-fault kinds of {@code ../shared/cases/public-reports/}: each file is read where it is and
 * compared with its line of {@code expected.jsonl} as {@code cases/README.md} describes. One test per
 * file, named after the fault kind it reproduces.
 */
class PublicReportsTest {

    private static final Path CASES = Path.of(System.getProperty("shared.dir", "../shared"), "cases", "public-reports");

    private static final Map<String, JsonNode> EXPECTED = new HashMap<>();

    private final StandardDocumentReader reader = new StandardDocumentReader(Extractors.standard());

    @BeforeAll
    static void readExpectations() throws IOException {
        Path file = CASES.resolve("expected.jsonl");
        if (!Files.isRegularFile(file)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                EXPECTED.put(node.get("file").asText(), node.get("expected"));
            }
        }
    }

    @Test
    void citation_date_and_issuer_on_the_line_after_the_number_are_read() {
        meets("01-date-after-line-break.txt");
    }

    @Test
    void a_number_broken_across_lines_is_one_number() {
        meets("02-number-broken-across-lines.txt");
    }

    @Test
    void so_and_ngay_glued_to_digits_are_read() {
        meets("03-glued-number.txt");
    }

    @Test
    void an_undated_citation_does_not_take_its_neighbours_date() {
        meets("04-date-bleed-in-list.txt");
    }

    @Test
    void a_page_number_line_inside_a_citation_is_skipped() {
        meets("05-page-number-inside-citation.txt");
    }

    @Test
    void a_document_citing_its_own_number_is_not_its_own_parent() {
        meets("06-self-citation.txt");
    }

    @Test
    void a_citation_in_a_parenthetical_takes_the_outer_relation() {
        meets("07-citation-in-parenthetical.txt");
    }

    @Test
    void dash_and_slash_variants_and_soft_hyphens_are_separators() {
        meets("08-dash-slash-variants.txt");
    }

    @Test
    void eth_and_african_d_homographs_read_as_d_stroke() {
        meets("09-eth-homograph-D.txt");
    }

    @Test
    void zero_padded_day_and_month_are_read() {
        meets("10-zero-padded-date.txt");
    }

    @Test
    void old_tone_placement_is_read_everywhere() {
        meets("12-old-tone-placement.txt");
    }

    @Test
    void combining_marks_detached_by_spaces_are_rejoined() {
        meets("14-space-around-combining-marks.txt");
    }

    @Test
    void a_two_column_header_merged_into_one_line_is_read() {
        meets("15-two-column-header-merged.txt");
    }

    @Test
    void footnote_markers_glued_to_a_number_are_not_part_of_it() {
        meets("17-footnote-sup-glued.html");
    }

    @Test
    void a_cited_issuer_keeps_the_lower_case_syllables_of_its_name() {
        meets("19-issuer-name-lowercase-syllables.txt");
    }

    private void meets(String name) {
        Path file = CASES.resolve(name);
        assumeTrue(Files.isRegularFile(file) && EXPECTED.containsKey(name), "skipped: ../shared not found");
        JsonNode e = EXPECTED.get(name);
        ParsedDocument d = reader.read(file);
        SoftAssertions soft = new SoftAssertions();
        equal(soft, "number", e, d.number());
        equal(soft, "date", e, d.date() == null ? null : d.date().toString());
        equal(
                soft,
                "issuerSide",
                e,
                d.issuerSide() == null ? null : d.issuerSide().name());
        equal(
                soft,
                "issuerLevel",
                e,
                d.issuerLevel() == null ? null : d.issuerLevel().name());
        equal(soft, "type", e, d.type() == null ? null : d.type().code());
        folded(soft, "province", e, d.province());
        folded(soft, "signer", e, d.signer());
        folded(soft, "signerPosition", e, d.signerPosition());
        fragments(soft, "issuer", e.get("issuer"), d.issuer());
        List<Citation> firsts = new ArrayList<>();
        for (Citation c : d.citations()) {
            if (c.repeatOf() == null) {
                firsts.add(c);
            }
        }
        if (e.has("citations")) {
            for (JsonNode ec : e.get("citations")) {
                String number = ec.get("number").asText();
                Citation c = firsts.stream()
                        .filter(x -> number.equals(x.number()))
                        .findFirst()
                        .orElse(null);
                soft.assertThat(c)
                        .as("citation %s among %s", number, numbers(d))
                        .isNotNull();
                if (c == null) {
                    continue;
                }
                if (ec.has("relation")) {
                    soft.assertThat(c.relation().name())
                            .as(number + " relation")
                            .isEqualTo(ec.get("relation").asText());
                }
                if (ec.has("date")) {
                    soft.assertThat(String.valueOf(c.date()))
                            .as(number + " date")
                            .isEqualTo(ec.get("date").asText());
                }
                if (ec.path("date_must_be_null").asBoolean(false)) {
                    soft.assertThat(c.date()).as(number + " date").isNull();
                }
                if (ec.has("issuerLevel")) {
                    soft.assertThat(
                                    c.issuerLevel() == null
                                            ? null
                                            : c.issuerLevel().name())
                            .as(number + " issuerLevel")
                            .isEqualTo(ec.get("issuerLevel").asText());
                }
                fragments(soft, number + " issuer", ec.get("issuer"), c.issuer());
            }
        }
        if (e.has("no_citation_numbers")) {
            for (JsonNode n : e.get("no_citation_numbers")) {
                soft.assertThat(numbers(d)).as("no citation " + n.asText()).doesNotContain(n.asText());
            }
        }
        soft.assertAll();
    }

    private static List<String> numbers(ParsedDocument d) {
        return d.citations().stream().map(c -> String.valueOf(c.number())).toList();
    }

    private static void equal(SoftAssertions soft, String field, JsonNode e, @Nullable String actual) {
        if (e.has(field)) {
            soft.assertThat(actual).as(field).isEqualTo(e.get(field).asText());
        }
    }

    private static void folded(SoftAssertions soft, String field, JsonNode e, @Nullable String actual) {
        if (e.has(field)) {
            soft.assertThat(actual == null ? null : fold(actual))
                    .as(field)
                    .isEqualTo(fold(e.get(field).asText()));
        }
    }

    private static void fragments(
            SoftAssertions soft, String what, @Nullable JsonNode expected, @Nullable String actual) {
        if (expected == null) {
            return;
        }
        for (JsonNode f : expected) {
            soft.assertThat(actual == null ? "" : fold(actual)).as(what).contains(fold(f.asText()));
        }
    }

    /** cases/README.md: no diacritics, đ → d, lower case, spaces squeezed. */
    static String fold(String s) {
        String t = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
