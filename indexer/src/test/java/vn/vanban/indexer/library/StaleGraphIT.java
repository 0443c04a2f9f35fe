package vn.vanban.indexer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * An ingest whose graph refresh fails (here: the graph index refuses writes, as a node going away
 * half-way would) leaves the graph marked stale; the next chain or implementers read rebuilds it
 * first, or refuses with a clear error while it cannot, and never answers from the old graph. A read
 * during a run rebuilds without clearing the mark the run holds; a run that died holds it only until
 * its heartbeat expires.
 */
class StaleGraphIT {

    private static final String ALIAS = "it-stale-graph";

    @TempDir
    Path home;

    @Test
    void after_a_failed_graph_refresh_the_next_read_rebuilds_the_graph() throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);
        library.graphRefresh().refresh();
        blockGraphWrites(true);

        IngestionService.Ingestion run;
        try {
            run = library.ingestion().ingest(List.of(fixture()), options());
        } finally {
            blockGraphWrites(false);
        }
        assertThat(run.report().allOk()).isTrue();
        assertThat(run.graphError()).as("the refresh after the run failed").isNotNull();
        assertThat(library.stats().staleGraph())
                .hasValueSatisfying(stale -> assertThat(stale.reason()).isEqualTo("ingest"));

        GraphAnswer<GraphService.Chain> chain = library.chains().chain("179-KH/TU", Audience.PUBLIC);

        assertThat(chain).isInstanceOf(GraphAnswer.Answered.class);
        List<GraphNode> path = ((GraphAnswer.Answered<GraphService.Chain>) chain)
                .answer()
                .paths()
                .getFirst();
        assertThat(path).extracting(GraphNode::number).containsExactly("179-KH/TU", "03-CT/TW");
        assertThat(library.stats().staleGraph())
                .as("the rebuild cleared the mark")
                .isEmpty();
        GraphAnswer<GraphService.Implementers> tree = library.implementers().implementers("03-CT/TW", Audience.PUBLIC);
        assertThat(((GraphAnswer.Answered<GraphService.Implementers>) tree)
                        .answer()
                        .total())
                .isEqualTo(1);
    }

    @Test
    void a_stale_graph_that_cannot_be_rebuilt_is_refused_not_read() throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);
        library.graphRefresh().refresh();
        blockGraphWrites(true);
        try {
            assertThat(library.ingestion().ingest(List.of(fixture()), options()).graphError())
                    .isNotNull();

            assertThatThrownBy(() -> library.implementers().implementers("03-CT/TW", Audience.ADMIN))
                    .isInstanceOf(GraphState.StaleGraphException.class)
                    .hasMessageContaining("the reference graph is being rebuilt")
                    .hasMessageContaining("ingest");
            assertThatThrownBy(() -> library.chains().chain("179-KH/TU", Audience.ADMIN))
                    .isInstanceOf(GraphState.StaleGraphException.class);
        } finally {
            blockGraphWrites(false);
        }
        assertThat(library.stats().staleGraph()).isPresent();
        library.graphRefresh().refresh();
        assertThat(library.stats().staleGraph()).isEmpty();
    }

    @Test
    void a_read_during_an_ingest_that_dies_before_its_refresh_leaves_the_mark_for_the_next_read()
            throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);
        library.graphRefresh().refresh();
        Path city = fixture();
        Path cityUbnd = Files.writeString(home.resolve("kh-197-ubnd-cam-pha.txt"), CITY_UBND_TEXT);
        AtomicInteger reads = new AtomicInteger();
        List<Optional<GraphState.Stale>> markAfterTheReadMidRun = new CopyOnWriteArrayList<>();
        UnaryOperator<DocumentReader> midRun = standard -> file -> {
            if (reads.incrementAndGet() == 2) {
                // The first file's document is written (the bulk flushes every 500 ms) ...
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> library.stats().stats(Audience.ADMIN).documents() == 1);
                // ... a reader's chain read rebuilds the graph from it ...
                library.chains().chain("179-KH/TU", Audience.ADMIN);
                markAfterTheReadMidRun.add(library.stats().staleGraph());
                // ... and the run's own refresh will fail, as when its process is killed before it.
                try {
                    blockGraphWrites(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return standard.read(file);
        };
        IngestionService ingestion = new IngestionService(
                library.index(),
                new GraphState(TestElasticsearch.client(), ALIAS, Clock.systemUTC()),
                Clock.systemUTC(),
                midRun);

        IngestionService.Ingestion run;
        try {
            run = ingestion.ingest(List.of(city, cityUbnd), options().withReaders(1));
        } finally {
            blockGraphWrites(false);
        }

        assertThat(run.report().allOk()).as("%s", run.report().files()).isTrue();
        assertThat(run.graphError()).as("the run's own refresh failed").isNotNull();
        assertThat(markAfterTheReadMidRun).hasSize(1);
        assertThat(markAfterTheReadMidRun.getFirst())
                .as("the read during the run rebuilt the graph but left the run's mark")
                .isPresent();
        assertThat(inGraph(CITY_UBND))
                .as("written after the read, missing from the graph")
                .isFalse();
        assertThat(library.stats().staleGraph())
                .hasValueSatisfying(stale -> assertThat(stale.reason()).isEqualTo("ingest"));

        GraphAnswer<GraphService.Chain> chain = library.chains().chain("197/KH-UBND", Audience.PUBLIC);

        assertThat(((GraphAnswer.Answered<GraphService.Chain>) chain)
                        .answer()
                        .paths()
                        .getFirst())
                .extracting(GraphNode::number)
                .containsExactly("197/KH-UBND", "179-KH/TU", "03-CT/TW");
        assertThat(inGraph(CITY_UBND)).isTrue();
        assertThat(library.stats().staleGraph()).isEmpty();
    }

    @Test
    void the_mark_of_a_run_that_died_is_cleared_once_its_heartbeat_has_expired()
            throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Moving clock = new Moving(Instant.now());
        Library library = new Library(TestElasticsearch.client(), ALIAS, clock);
        assertThat(library.ingestion().ingest(List.of(fixture()), options()).graphError())
                .isNull();
        assertThat(library.stats().staleGraph()).isEmpty();

        // An ingest killed after its last heartbeat: its run is never ended, nothing renews it.
        new GraphState(TestElasticsearch.client(), ALIAS, clock).begin("ingest");
        clock.now = clock.now.plusSeconds(30);
        GraphAnswer<GraphService.Chain> whileAlive = library.chains().chain("179-KH/TU", Audience.PUBLIC);

        assertThat(whileAlive).isInstanceOf(GraphAnswer.Answered.class);
        assertThat(library.stats().staleGraph())
                .as("30 s after its heartbeat the run may still be writing")
                .isPresent();

        clock.now = clock.now.plus(Duration.ofMinutes(2));
        GraphAnswer<GraphService.Chain> afterDeath = library.chains().chain("179-KH/TU", Audience.PUBLIC);

        assertThat(((GraphAnswer.Answered<GraphService.Chain>) afterDeath)
                        .answer()
                        .paths()
                        .getFirst())
                .extracting(GraphNode::number)
                .containsExactly("179-KH/TU", "03-CT/TW");
        assertThat(library.stats().staleGraph())
                .as("2 min 30 s after its heartbeat the run is dead: the rebuild cleared its mark")
                .isEmpty();
    }

    private static boolean inGraph(String key) throws IOException {
        return TestElasticsearch.client()
                .exists(e -> e.index(Ancestors.graphIndex(ALIAS)).id(key))
                .value();
    }

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now;

        Moving(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final String CITY_UBND = "197/KH-UBND~ubnd-tp-cam-pha~2022";

    /** The city's People's Committee carries out the Thành ủy's plan 179-KH/TU (the fixture). */
    private static final String CITY_UBND_TEXT = """
            ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THÀNH PHỐ CẨM PHẢ               Độc lập - Tự do - Hạnh phúc

            Số: 197/KH-UBND                 Cẩm Phả, ngày 04 tháng 7 năm 2022

            KẾ HOẠCH
            Đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư

            Thực hiện Kế hoạch số 179-KH/TU ngày 23/6/2022 của Ban Thường vụ Thành ủy về việc đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, UBND thành phố xây dựng Kế hoạch cụ thể như sau:

            I. MỤC ĐÍCH, YÊU CẦU

            1. Các phòng, ban, đơn vị nắm vững nội dung Kế hoạch, đưa việc ưu tiên dùng hàng hóa sản xuất trong nước thành nền nếp.

            II. TỔ CHỨC THỰC HIỆN

            Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, báo cáo kết quả trước ngày 15 tháng 12 hằng năm.
            """;

    private IngestOptions options() {
        return IngestOptions.defaults(home, TestElasticsearch.url()).withReaders(1);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                        StaleGraphIT.class.getResource("/fixtures/ingest/ke-hoach-179-KH-TU-thanh-uy-cam-pha.txt"))
                .toURI());
    }

    private static void blockGraphWrites(boolean block) throws IOException {
        TestElasticsearch.client()
                .indices()
                .putSettings(s -> s.index(Ancestors.graphIndex(ALIAS)).settings(i -> i.blocks(b -> b.write(block))));
    }
}
