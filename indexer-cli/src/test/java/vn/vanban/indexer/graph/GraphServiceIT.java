package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.indexer.graph.GraphFixture.camPha197;
import static vn.vanban.indexer.graph.GraphFixture.camTrung12;
import static vn.vanban.indexer.graph.GraphFixture.implementsCamPha179;
import static vn.vanban.indexer.graph.GraphFixture.implementsCt03;
import static vn.vanban.indexer.graph.GraphFixture.implementsDirective;
import static vn.vanban.indexer.graph.GraphFixture.implementsPlan;
import static vn.vanban.indexer.graph.GraphFixture.mentionsCt03;
import static vn.vanban.indexer.graph.GraphFixture.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.cli.IndexerCli;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/** Chains and implementers on small graphs built through the ingestion pipeline, against the real node. */
class GraphServiceIT {

    private static final String CT03 = "03-CT/TW~tw~2021";

    private static DocumentIndex index;
    private static CountingClient counting;
    private static GraphService graph;

    @TempDir
    static Path dir;

    private static GraphFixture fixture;

    @BeforeAll
    static void createIndex() throws IOException {
        index = TestIndices.fresh(TestElasticsearch.client(), "it-graph-service");
        counting = new CountingClient();
        graph = new GraphService(counting.client(), index.alias());
        fixture = new GraphFixture(index, dir);
    }

    @AfterAll
    static void close() throws Exception {
        counting.close();
    }

    private static GraphNode find(String query) {
        GraphService.Lookup lookup = graph.find(query, Audience.ADMIN);
        assertThat(lookup).as(query).isInstanceOf(GraphService.Found.class);
        return ((GraphService.Found) lookup).node();
    }

    private static List<List<String>> numbers(GraphService.Chain chain) {
        List<List<String>> out = new ArrayList<>();
        for (List<GraphNode> path : chain.paths()) {
            out.add(path.stream().map(n -> n.number() + " " + n.status()).toList());
        }
        return out;
    }

    @Test
    void chain_of_a_commune_plan_reaches_the_directive_through_a_cited_only_plan() throws IOException {
        // 197/KH-UBND cites 179-KH/TU, whose subject says it implements 03-CT/TW: 179-KH/TU is only
        // known from this citation (CITED_ONLY) and carries that parent.
        fixture.ingest(camPha197(implementsCamPha179(), mentionsCt03()), camTrung12());

        counting.take();
        GraphNode commune = find("Số: 12 /KH-UBND");
        GraphService.Chain chain = graph.chain(commune, Audience.ADMIN);
        int requests = counting.take();

        assertThat(numbers(chain))
                .containsExactly(List.of(
                        "12/KH-UBND INDEXED", "197/KH-UBND INDEXED", "179-KH/TU CITED_ONLY", "03-CT/TW CITED_ONLY"));
        assertThat(requests)
                .as("round trips for find + chain")
                .isLessThanOrEqualTo(3)
                .isEqualTo(2);
        assertThat(new ObjectMapper().valueToTree(chain).get("paths")).hasSize(1);
    }

    @Test
    void a_parent_that_arrives_later_takes_over_its_node_and_the_ancestors_follow() throws IOException {
        LocalDate d95 = LocalDate.of(2022, 4, 2);
        fixture.ingest(plan(
                "30/KH-UBND",
                "UBND huyện Nam Đàn",
                IssuerSide.STATE,
                IssuerLevel.DISTRICT,
                "Nghệ An",
                "Nam Đàn",
                null,
                LocalDate.of(2022, 5, 3),
                List.of(implementsPlan("95-KH/TU", "Tỉnh ủy Nghệ An", d95))));
        fixture.ingest(plan(
                "8/KH-UBND",
                "UBND xã Kim Liên",
                IssuerSide.STATE,
                IssuerLevel.COMMUNE,
                "Nghệ An",
                "Nam Đàn",
                "Kim Liên",
                LocalDate.of(2022, 6, 1),
                List.of(implementsPlan("30/KH-UBND", "UBND huyện Nam Đàn", LocalDate.of(2022, 5, 3)))));
        GraphNode commune = find("8/KH-UBND");
        assertThat(numbers(graph.chain(commune, Audience.ADMIN)))
                .containsExactly(List.of("8/KH-UBND INDEXED", "30/KH-UBND INDEXED", "95-KH/TU CITED_ONLY"));

        // The Tỉnh ủy's plan arrives: it implements two directives, so the commune plan now has two roots.
        fixture.ingest(plan(
                "95-KH/TU",
                "Tỉnh ủy Nghệ An",
                IssuerSide.PARTY,
                IssuerLevel.PROVINCE,
                "Nghệ An",
                null,
                null,
                d95,
                List.of(
                        implementsCt03(),
                        new GraphFixture.Cite(
                                " và ",
                                "28/CT-TTg",
                                GraphFixture.CT,
                                LocalDate.of(2021, 10, 26),
                                "Thủ tướng Chính phủ",
                                null,
                                Relation.IMPLEMENTS))));

        commune = find("8/KH-UBND");
        assertThat(commune.ancestors())
                .contains(CT03, find("28/CT-TTg").key(), find("95-KH/TU").key());
        counting.take();
        GraphService.Chain chain = graph.chain(commune, Audience.ADMIN);
        assertThat(counting.take()).isEqualTo(1);
        assertThat(numbers(chain))
                .containsExactlyInAnyOrder(
                        List.of("8/KH-UBND INDEXED", "30/KH-UBND INDEXED", "95-KH/TU INDEXED", "03-CT/TW CITED_ONLY"),
                        List.of("8/KH-UBND INDEXED", "30/KH-UBND INDEXED", "95-KH/TU INDEXED", "28/CT-TTg CITED_ONLY"));
        GraphNode directive = find(CT03);
        assertThat(graph.implementers(directive, Audience.ADMIN).total()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_cycle_ends_the_path_instead_of_looping() throws IOException {
        // Two plans of the same day naming each other (a cycle needs equal dates: an edge to a later
        // document is dropped as misread).
        LocalDate d = LocalDate.of(2023, 3, 1);
        fixture.ingest(
                plan(
                        "41-KH/HU",
                        "Huyện ủy Chợ Mới",
                        IssuerSide.PARTY,
                        IssuerLevel.DISTRICT,
                        "An Giang",
                        "Chợ Mới",
                        null,
                        d,
                        List.of(
                                implementsPlan("42/KH-UBND", "UBND huyện Chợ Mới", d),
                                implementsDirective("05-CT/TW", "Bộ Chính trị", LocalDate.of(2016, 5, 15)))),
                plan(
                        "42/KH-UBND",
                        "UBND huyện Chợ Mới",
                        IssuerSide.STATE,
                        IssuerLevel.DISTRICT,
                        "An Giang",
                        "Chợ Mới",
                        null,
                        d,
                        List.of(implementsPlan("41-KH/HU", "Huyện ủy Chợ Mới", d))));

        GraphNode party = find("41-KH/HU");
        GraphService.Chain chain = graph.chain(party, Audience.ADMIN);
        assertThat(numbers(chain))
                .containsExactlyInAnyOrder(
                        List.of("41-KH/HU INDEXED", "42/KH-UBND INDEXED"),
                        List.of("41-KH/HU INDEXED", "05-CT/TW CITED_ONLY"));
        assertThat(party.ancestors()).doesNotContain(party.key());
        GraphService.Implementers implementers = graph.implementers(find("05-CT/TW"), Audience.ADMIN);
        assertThat(implementers.total()).isEqualTo(2);
    }

    @Test
    void implementers_form_a_tree_by_level_with_counts_in_two_round_trips() throws IOException {
        LocalDate d = LocalDate.of(2021, 7, 1);
        String tu = "Tỉnh ủy Thái Bình";
        String ubt = "UBND tỉnh Thái Bình";
        LocalDate nq = LocalDate.of(2018, 10, 22);
        fixture.ingest(
                plan(
                        "60-KH/TU",
                        tu,
                        IssuerSide.PARTY,
                        IssuerLevel.PROVINCE,
                        "Thái Bình",
                        null,
                        null,
                        d,
                        List.of(implementsDirective("35-NQ/TW", "Bộ Chính trị", nq))),
                plan(
                        "120/KH-UBND",
                        ubt,
                        IssuerSide.STATE,
                        IssuerLevel.PROVINCE,
                        "Thái Bình",
                        null,
                        null,
                        d.plusDays(10),
                        List.of(
                                implementsDirective("35-NQ/TW", "Bộ Chính trị", nq),
                                implementsPlan("60-KH/TU", tu, d))),
                plan(
                        "33-KH/HU",
                        "Huyện ủy Vũ Thư",
                        IssuerSide.PARTY,
                        IssuerLevel.DISTRICT,
                        "Thái Bình",
                        "Vũ Thư",
                        null,
                        d.plusDays(20),
                        List.of(implementsPlan("60-KH/TU", tu, d))),
                plan(
                        "70/KH-UBND",
                        "UBND huyện Kiến Xương",
                        IssuerSide.STATE,
                        IssuerLevel.DISTRICT,
                        "Thái Bình",
                        "Kiến Xương",
                        null,
                        d.plusDays(25),
                        List.of(implementsPlan("120/KH-UBND", ubt, d.plusDays(10)))),
                plan(
                        "15-KH/ĐU",
                        "Đảng ủy xã Song Lãng",
                        IssuerSide.PARTY,
                        IssuerLevel.COMMUNE,
                        "Thái Bình",
                        "Vũ Thư",
                        "Song Lãng",
                        d.plusDays(40),
                        List.of(implementsPlan("33-KH/HU", "Huyện ủy Vũ Thư", d.plusDays(20)))),
                plan(
                        "05-KH/CB",
                        "Chi bộ thôn 3, Đảng bộ xã Song Lãng",
                        IssuerSide.PARTY,
                        IssuerLevel.GRASSROOTS,
                        "Thái Bình",
                        "Vũ Thư",
                        "Song Lãng",
                        d.plusDays(50),
                        List.of(implementsPlan("15-KH/ĐU", "Đảng ủy xã Song Lãng", d.plusDays(40)))));

        counting.take();
        GraphNode root = find("35-NQ/TW");
        GraphService.Implementers tree = graph.implementers(root, Audience.ADMIN);
        assertThat(counting.take()).as("round trips for find + implementers").isEqualTo(2);

        assertThat(tree.countsByLevel())
                .containsExactly(
                        Map.entry("PROVINCE", 2L),
                        Map.entry("DISTRICT", 2L),
                        Map.entry("COMMUNE", 1L),
                        Map.entry("GRASSROOTS", 1L));
        assertThat(tree.total()).isEqualTo(6);
        // 120/KH-UBND implements both the resolution and 60-KH/TU: it is shown once, under 60-KH/TU.
        assertThat(tree.children()).extracting(t -> t.node().number()).containsExactly("60-KH/TU");
        GraphService.TreeNode province = tree.children().getFirst();
        assertThat(province.children()).extracting(t -> t.node().number()).containsExactly("120/KH-UBND", "33-KH/HU");
        GraphService.TreeNode state = province.children().getFirst();
        assertThat(state.alsoImplements()).containsExactly(root.key());
        assertThat(state.children()).extracting(t -> t.node().number()).containsExactly("70/KH-UBND");
        GraphService.TreeNode district = province.children().getLast();
        assertThat(district.children().getFirst().children())
                .extracting(t -> t.node().number())
                .containsExactly("05-KH/CB");

        JsonNode json = new ObjectMapper().valueToTree(tree);
        assertThat(List.of("root", "children", "countsByLevel")).allMatch(json::has);
    }

    @Test
    void the_communes_of_a_district_with_a_document_of_a_tree_are_one_aggregation_over_what_the_audience_sees()
            throws IOException {
        LocalDate ct = LocalDate.of(2022, 1, 5);
        LocalDate d = LocalDate.of(2022, 3, 10);
        String huyenUy = "Huyện ủy Yên Thành";
        GraphFixture.Cite district = implementsPlan("20-KH/HU", huyenUy, d);
        fixture.ingest(
                plan(
                        "20-KH/HU",
                        huyenUy,
                        IssuerSide.PARTY,
                        IssuerLevel.DISTRICT,
                        "Nghệ An",
                        "Yên Thành",
                        null,
                        d,
                        List.of(implementsDirective("12-CT/TW", "Ban Bí thư", ct))),
                plan(
                        "3-KH/ĐU",
                        "Đảng ủy xã Hợp Thành",
                        IssuerSide.PARTY,
                        IssuerLevel.COMMUNE,
                        "Nghệ An",
                        "Yên Thành",
                        "Hợp Thành",
                        d.plusDays(10),
                        List.of(district)),
                GraphFixture.internal(
                        plan(
                                "4-KH/ĐU",
                                "Đảng ủy xã Mỹ Thành",
                                IssuerSide.PARTY,
                                IssuerLevel.COMMUNE,
                                "Nghệ An",
                                "Yên Thành",
                                "Mỹ Thành",
                                d.plusDays(12),
                                List.of(district)),
                        "Phương án nội bộ về công tác cán bộ"),
                plan(
                        "7-KH/ĐU",
                        "Đảng ủy xã Nam Anh",
                        IssuerSide.PARTY,
                        IssuerLevel.COMMUNE,
                        "Nghệ An",
                        "Nam Đàn",
                        "Nam Anh",
                        d.plusDays(15),
                        List.of(implementsDirective("12-CT/TW", "Ban Bí thư", ct))));
        GraphNode root = find("12-CT/TW");
        List<String> province = List.of("Nghệ An");

        counting.take();
        assertThat(graph.communes(root, province, List.of("Yên Thành"), Audience.ADMIN))
                .containsExactly("Hợp Thành", "Mỹ Thành");
        assertThat(counting.take()).as("round trips").isEqualTo(1);
        assertThat(graph.communes(root, province, List.of("Yên Thành"), Audience.PUBLIC))
                .containsExactly("Hợp Thành");
        assertThat(graph.communes(root, province, List.of("Nam Đàn", "Yên Thành"), Audience.ADMIN))
                .containsExactly("Hợp Thành", "Mỹ Thành", "Nam Anh");
        assertThat(graph.communes(root, List.of("Hà Tĩnh"), List.of("Yên Thành"), Audience.ADMIN))
                .isEmpty();
    }

    @Test
    void an_ambiguous_number_lists_its_candidates() throws IOException {
        LocalDate d = LocalDate.of(2024, 2, 2);
        fixture.ingest(
                plan(
                        "45-KH/ĐU",
                        "Đảng ủy xã Hòa Bắc",
                        IssuerSide.PARTY,
                        IssuerLevel.COMMUNE,
                        "Đà Nẵng",
                        "Hòa Vang",
                        "Hòa Bắc",
                        d,
                        List.of()),
                plan(
                        "45-KH/ĐU",
                        "Đảng ủy xã Hòa Ninh",
                        IssuerSide.PARTY,
                        IssuerLevel.COMMUNE,
                        "Đà Nẵng",
                        "Hòa Vang",
                        "Hòa Ninh",
                        d,
                        List.of()));
        GraphService.Lookup lookup = graph.find("45-KH/DU", Audience.ADMIN);
        assertThat(lookup).isInstanceOf(GraphService.Ambiguous.class);
        assertThat(((GraphService.Ambiguous) lookup).candidates())
                .extracting(GraphNode::issuer)
                .containsExactlyInAnyOrder("Đảng ủy xã Hòa Bắc", "Đảng ủy xã Hòa Ninh");
        assertThat(graph.find("999-KH/ĐU", Audience.ADMIN)).isInstanceOf(GraphService.NotFound.class);

        // The CLI: exit 2 with the candidates, 1 when nothing has the number, 0 for a key.
        String url = TestElasticsearch.url();
        assertThat(IndexerCli.run("chain", "--es", url, "--alias", index.alias(), "45-KH/DU"))
                .isEqualTo(2);
        assertThat(IndexerCli.run("implementers", "--es", url, "--alias", index.alias(), "999-KH/ĐU"))
                .isEqualTo(1);
        String key = ((GraphService.Ambiguous) lookup).candidates().getFirst().key();
        assertThat(IndexerCli.run("chain", "--es", url, "--alias", index.alias(), key))
                .isZero();
    }
}
