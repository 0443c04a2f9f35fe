package vn.vanban.indexer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.compare.CompareService;
import vn.vanban.indexer.compare.Comparison;
import vn.vanban.indexer.compare.DocumentNotFoundException;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.graph.GraphFixture;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.parse.DocumentParser;
import vn.vanban.indexer.testing.TestElasticsearch;

/** The comparison served from the index: numbers or keys, the stored text parsed again, the audience. */
class IndexDocumentsIT {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../shared"), "seeds");

    private static DocumentIndex index;
    private static CompareService service;

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingestTheSeeds() throws IOException {
        Path anGiang = SEEDS.resolve("000_d046981b7fe994df.txt");
        Path camPha = SEEDS.resolve("002_5cefcce8a219f495.txt");
        assumeTrue(Files.isRegularFile(anGiang) && Files.isRegularFile(camPha), "skipped: ../shared not found");
        index = TestIndices.fresh(TestElasticsearch.client(), "it-compare");
        DocumentParser parser = new DocumentParser();
        String anGiangText = Files.readString(anGiang);
        // The same plan under another number, marked for internal circulation.
        String internal = anGiangText
                .replace("Số 35-KH/ĐUK", "Số 36-KH/ĐUK")
                .replace("**ĐẢNG CỘNG SẢN VIỆT NAM**", "**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nLƯU HÀNH NỘI BỘ");
        ParsedDocument internalPlan = parser.parse("internal.txt", internal);
        assertThat(internalPlan.visibility()).containsExactly("Lưu hành nội bộ");
        new GraphFixture(index, dir)
                .ingest(
                        parser.parse("an-giang.txt", anGiangText),
                        parser.parse("cam-pha.txt", Files.readString(camPha)),
                        internalPlan);
        service = new CompareService(
                new IndexDocuments(new Library(TestElasticsearch.client(), index.alias()).documents()));
    }

    @Test
    void two_stored_plans_compare_by_their_numbers_as_their_files_do() {
        Comparison c = service.compare(List.of("35-KH/ĐUK", "Số: 197 /KH-UBND"), Audience.PUBLIC);

        assertThat(c.documents())
                .extracting(Comparison.DocumentInfo::key)
                .allSatisfy(key -> assertThat(key).contains("~"));
        assertThat(c.documents())
                .extracting(Comparison.DocumentInfo::issuerLevel)
                .containsExactly("PROVINCE", "DISTRICT");
        assertThat(c.sections())
                .extracting(
                        r -> r.cells().get(0).label() + "=" + r.cells().get(1).label())
                .containsExactly("I.=I.", "II.=II.", "III.=II.", "IV.=IV.");
        assertThat(c.coverage().subList(3, 9))
                .allSatisfy(cov -> assertThat(cov.status()).isIn(Comparison.Status.CARRIED, Comparison.Status.CHANGED));

        // A key compares like a number.
        Comparison byKey = service.compare(
                List.of(c.documents().get(0).key(), c.documents().get(1).key()), Audience.PUBLIC);
        assertThat(byKey.coverage()).isEqualTo(c.coverage());
    }

    @Test
    void an_internal_plan_is_not_found_for_the_public_and_compared_for_an_official() {
        assertThatThrownBy(() -> service.compare(List.of("36-KH/ĐUK", "197/KH-UBND"), Audience.PUBLIC))
                .isInstanceOf(DocumentNotFoundException.class)
                .hasMessageContaining("36-KH/ĐUK");

        Comparison c = service.compare(List.of("36-KH/ĐUK", "197/KH-UBND"), Audience.OFFICIAL);
        assertThat(c.documents().getFirst().number()).isEqualTo("36-KH/ĐUK");
    }

    @Test
    void an_unknown_number_and_a_cited_only_plan_are_not_found() {
        assertThatThrownBy(() -> service.compare(List.of("999-KH/TU", "197/KH-UBND"), Audience.ADMIN))
                .isInstanceOf(DocumentNotFoundException.class)
                .hasMessageContaining("999-KH/TU");
        // 179-KH/TU is only known from the Cẩm Phả plan's citation: there is no text to compare.
        assertThatThrownBy(() -> service.compare(List.of("179-KH/TU", "197/KH-UBND"), Audience.ADMIN))
                .isInstanceOf(DocumentNotFoundException.class)
                .hasMessageContaining("179-KH/TU");
    }
}
