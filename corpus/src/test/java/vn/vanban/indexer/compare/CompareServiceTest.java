package vn.vanban.indexer.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.compare.Comparison.Coverage;
import vn.vanban.indexer.compare.Comparison.SectionCell;
import vn.vanban.indexer.compare.Comparison.Status;
import vn.vanban.indexer.corpus.PlanPairs;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.parse.DocumentParser;
import vn.vanban.indexer.parse.StandardDocumentReader;

class CompareServiceTest {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../shared"), "seeds");
    private static final Path AN_GIANG = SEEDS.resolve("000_d046981b7fe994df.txt");
    private static final Path CAM_PHA = SEEDS.resolve("002_5cefcce8a219f495.txt");

    private final DocumentParser parser = new DocumentParser();
    private final CompareService service = new CompareService((key, audience) -> {
        throw new DocumentNotFoundException(key, "not in this test");
    });

    private Comparison compareTexts(String... texts) {
        List<ComparedDocument> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(new ComparedDocument("doc" + i, parser.parse("doc" + i + ".txt", texts[i])));
        }
        return service.compareDocuments(docs);
    }

    @Test
    void the_seeds_align_I_II_the_second_II_with_III_and_IV_and_carry_the_six_contents() {
        assumeTrue(Files.isRegularFile(AN_GIANG) && Files.isRegularFile(CAM_PHA), "skipped: ../shared not found");
        CompareService files = new CompareService(new FileDocuments(new StandardDocumentReader(Extractors.standard())));

        Comparison c = files.compare(List.of(AN_GIANG.toString(), CAM_PHA.toString()), Audience.PUBLIC);

        assertThat(c.documents())
                .extracting(Comparison.DocumentInfo::number)
                .containsExactly("35-KH/ĐUK", "197/KH-UBND");
        List<String> rows = c.sections().stream()
                .map(r -> label(r.cells().get(0)) + "=" + label(r.cells().get(1)))
                .toList();
        assertThat(rows).containsExactly("I.=I.", "II.=II.", "III.=II.", "IV.=IV.");
        assertThat(c.sections().get(2).cells().get(1).heading()).isEqualTo("HÌNH THỨC TUYÊN TRUYỀN");

        // The six points of "II. NỘI DUNG TUYÊN TRUYỀN" (after the three of "I."), each matched to the
        // point of the same number.
        List<Coverage> contents = c.coverage().subList(3, 9);
        assertThat(contents).extracting(Coverage::label).containsExactly("1.", "2.", "3.", "4.", "5.", "6.");
        for (Coverage cov : contents) {
            assertThat(cov.status()).isIn(Status.CARRIED, Status.CHANGED);
            assertThat(cov.match().label()).isEqualTo(cov.label());
        }
        assertThat(contents.getFirst().text()).startsWith("Tuyên truyền chủ trương, đường lối của Đảng");
        assertThat(contents.getFirst().match().text()).startsWith("Tuyên truyền chủ trương, đường lối của Đảng");
        assertThat(contents.get(5).match().text()).startsWith("Tuyên truyền đấu tranh, phản bác thông tin sai sự thật");
        // Cẩm Phả's own organisation of its units is what it added.
        assertThat(c.added())
                .extracting(Comparison.Added::text)
                .contains("Trung tâm Truyền thông và Văn hóa Thành phố");
    }

    @Test
    void a_commune_plan_that_drops_adds_and_moves_points_is_covered_point_by_point() {
        PlanPairs.Pair pair = PlanPairs.generate(240, 42).stream()
                .filter(p -> p.levels().equals("DISTRICT→COMMUNE"))
                .filter(p -> p.points().stream()
                                .filter(t -> t.fate() == PlanPairs.Fate.CARRIED)
                                .count()
                        >= 6)
                .findFirst()
                .orElseThrow();
        List<String> carried = pair.points().stream()
                .filter(t -> t.fate() == PlanPairs.Fate.CARRIED
                        && t.match() != null
                        && t.match().length() > 60)
                .map(PlanPairs.TruePoint::match)
                .toList();
        String removed = carried.get(0);
        String moved = carried.get(carried.size() - 1);
        String addedPoint =
                "Vận động các hộ gia đình đăng ký tham gia mô hình “Chợ phiên hàng Việt” mỗi tháng một lần.";
        List<String> lines = new ArrayList<>(pair.lowerText().lines().toList());
        int removedLine = lineEndingWith(lines, removed);
        lines.set(removedLine, "- " + addedPoint);
        int movedLine = lineEndingWith(lines, moved);
        String movedText = lines.remove(movedLine);
        // Moved up into the first section, right after its heading.
        int firstSection = indexOfFirst(lines, "I. ");
        lines.add(firstSection + 1, "");
        lines.add(firstSection + 2, movedText);
        String lower = String.join("\n", lines) + "\n";

        Comparison c = compareTexts(pair.upperText(), lower);

        Map<String, Coverage> byText =
                c.coverage().stream().collect(Collectors.toMap(Coverage::text, cov -> cov, (a, b) -> a));
        Coverage missing = coverageOf(pair, byText, removed);
        assertThat(missing.status()).isEqualTo(Status.MISSING);
        assertThat(missing.match()).isNull();
        assertThat(c.added()).extracting(Comparison.Added::text).contains(addedPoint);
        Coverage movedCoverage = coverageOf(pair, byText, moved);
        assertThat(movedCoverage.status()).isEqualTo(Status.CARRIED);
        assertThat(movedCoverage.match().text()).isEqualTo(moved);
    }

    @Test
    void three_documents_central_province_district_compare_in_one_call() {
        PlanPairs.Chain chain = PlanPairs.chain(42);

        Comparison c = compareTexts(
                chain.upper().upperText(),
                chain.upper().lowerText(),
                chain.lower().lowerText());

        assertThat(chain.upper().levels()).isEqualTo("CENTRAL→PROVINCE");
        assertThat(chain.lower().levels()).isEqualTo("PROVINCE→DISTRICT");
        assertThat(c.documents()).hasSize(3);
        assertThat(c.documents().subList(1, 3))
                .extracting(Comparison.DocumentInfo::issuerLevel)
                .containsExactly("PROVINCE", "DISTRICT");
        assertThat(c.sections()).allSatisfy(r -> assertThat(r.cells()).hasSize(3));
        assertThat(c.pairs()).allSatisfy(r -> assertThat(r.cells()).hasSize(3));
        assertThat(c.coverage()).extracting(Coverage::against).containsOnly("doc1", "doc2");
        // Against the province plan, the coverage is the truth of its derivation.
        List<Coverage> againstProvince = c.coverage().stream()
                .filter(cov -> cov.against().equals("doc1"))
                .toList();
        List<PlanPairs.TruePoint> truth = chain.upper().points();
        assertThat(againstProvince).hasSameSizeAs(truth);
        long agree = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (againstProvince
                    .get(i)
                    .status()
                    .name()
                    .equals(truth.get(i).fate().name())) {
                agree++;
            }
        }
        assertThat((double) agree / truth.size()).isGreaterThanOrEqualTo(0.9);
        // A point carried down both levels fills its row.
        assertThat(c.pairs()).anySatisfy(r -> assertThat(r.cells()).doesNotContainNull());
    }

    @Test
    void the_json_has_the_fields_of_the_contract() throws Exception {
        PlanPairs.Pair pair = PlanPairs.generate(1, 42).getFirst();
        Comparison c = compareTexts(pair.upperText(), pair.lowerText());

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(c));

        assertThat(json.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("documents", "similarity", "sections", "pairs", "coverage", "added");
        assertThat(json.get("documents").get(0).properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("key", "number", "issuer", "issuerLevel", "date");
        assertThat(json.get("sections").get(0).get("cells").get(0).properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("label", "heading");
        JsonNode pairRow = json.get("pairs").get(0);
        assertThat(pairRow.properties()).extracting(Map.Entry::getKey).containsExactly("cells", "similarity", "diff");
        assertThat(pairRow.get("diff").get(0).get("op").asText()).isIn("EQUAL", "INSERT", "DELETE");
        assertThat(json.get("coverage").get(0).properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("against", "label", "text", "status", "match");
    }

    @Test
    void an_unknown_key_is_a_clear_not_found_error() {
        CompareService files = new CompareService(new FileDocuments(new StandardDocumentReader(Extractors.standard())));
        assertThatThrownBy(() -> files.compare(List.of("/no/such/plan.txt", "/no/other.txt"), Audience.PUBLIC))
                .isInstanceOf(DocumentNotFoundException.class)
                .hasMessageContaining("/no/such/plan.txt");
        assertThatThrownBy(() -> service.compare(List.of("1-KH/TU"), Audience.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Coverage coverageOf(PlanPairs.Pair pair, Map<String, Coverage> byText, String lowerText) {
        PlanPairs.TruePoint t = pair.points().stream()
                .filter(p -> lowerText.equals(p.match()))
                .findFirst()
                .orElseThrow();
        return byText.get(t.text());
    }

    private static int lineEndingWith(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text);
    }

    private static int indexOfFirst(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting " + prefix);
    }

    private static String label(SectionCell cell) {
        return cell == null ? "-" : cell.label();
    }
}
