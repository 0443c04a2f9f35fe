package vn.vanban.indexer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.graph.GraphFixture;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.IndexStats;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A chain passing through an INTERNAL document ("Lưu hành nội bộ"): the public is shown the path up
 * to the directive with a placeholder where the internal plan is, and no read names or counts it; an
 * official sees everything.
 */
class AudienceIT {

    private static final String ALIAS = "it-audience";
    private static final String INTERNAL_NUMBER = "88-KH/HU";
    private static final String INTERNAL_ISSUER = "Huyện ủy Cầu Kè";
    private static final String INTERNAL_SUBJECT = "Phương án nội bộ về công tác cán bộ";
    private static final LocalDate D88 = LocalDate.of(2022, 3, 1);
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @TempDir
    static Path dir;

    private static Library library;

    @BeforeAll
    static void ingest() throws IOException {
        GraphFixture fixture = GraphFixture.fresh(ALIAS, dir);
        library = new Library(TestElasticsearch.client(), ALIAS);
        fixture.ingest(
                // Public: the province carries out the directive (the directive is public through it).
                GraphFixture.plan(
                        "35-KH/TU",
                        "Tỉnh ủy Trà Vinh",
                        IssuerSide.PARTY,
                        IssuerLevel.PROVINCE,
                        "Trà Vinh",
                        null,
                        null,
                        LocalDate.of(2021, 8, 2),
                        List.of(GraphFixture.implementsCt03())),
                // Internal: the district's plan.
                GraphFixture.internal(
                        GraphFixture.plan(
                                INTERNAL_NUMBER,
                                INTERNAL_ISSUER,
                                IssuerSide.PARTY,
                                IssuerLevel.DISTRICT,
                                "Trà Vinh",
                                "Cầu Kè",
                                null,
                                D88,
                                List.of(GraphFixture.implementsCt03())),
                        INTERNAL_SUBJECT),
                // Public: a commune carries out the internal plan.
                GraphFixture.plan(
                        "5/KH-UBND",
                        "UBND xã Hòa Ân",
                        IssuerSide.STATE,
                        IssuerLevel.COMMUNE,
                        "Trà Vinh",
                        "Cầu Kè",
                        "Hòa Ân",
                        LocalDate.of(2022, 4, 1),
                        List.of(new GraphFixture.Cite(
                                " Thực hiện ",
                                INTERNAL_NUMBER,
                                GraphFixture.KH,
                                D88,
                                INTERNAL_ISSUER,
                                null,
                                Relation.IMPLEMENTS))));
    }

    /** Everything the public can read about the graph, as JSON. */
    private static String publicReads(Audience audience) throws IOException {
        List<Object> reads = new ArrayList<>();
        reads.add(library.stats().stats(audience));
        reads.add(library.chains().chain("5/KH-UBND", audience));
        reads.add(library.implementers().implementers("03-CT/TW", audience));
        String commune = key("5/KH-UBND");
        String directive = key("03-CT/TW");
        reads.add(library.documents().citedBy(commune, audience));
        reads.add(library.documents().citing(directive, audience));
        reads.add(library.documents().get(key88(), audience).orElse(null));
        reads.add(library.documents().citing(key88(), audience));
        reads.add(library.documents().citedBy(key88(), audience));
        return JSON.writeValueAsString(reads);
    }

    private static String key(String number) {
        return ((GraphService.Found) library.documents().find(number, Audience.ADMIN))
                .node()
                .key();
    }

    private static String key88() {
        return key(INTERNAL_NUMBER);
    }

    @Test
    void the_public_is_never_told_the_internal_documents_number_issuer_subject_or_key() throws IOException {
        String reads = publicReads(Audience.PUBLIC);

        assertThat(reads)
                .doesNotContain(INTERNAL_NUMBER)
                .doesNotContain(INTERNAL_ISSUER)
                .doesNotContain(INTERNAL_SUBJECT)
                .doesNotContain(key88());
    }

    @Test
    void the_internal_document_is_not_found_by_the_public_by_number_or_key() {
        assertThat(library.documents().find(INTERNAL_NUMBER, Audience.PUBLIC))
                .isInstanceOf(GraphService.NotFound.class);
        assertThat(library.documents().find(key88(), Audience.PUBLIC)).isInstanceOf(GraphService.NotFound.class);
        assertThat(library.chains().chain(INTERNAL_NUMBER, Audience.PUBLIC)).isInstanceOf(GraphAnswer.NotFound.class);
        assertThat(library.implementers().implementers(key88(), Audience.PUBLIC))
                .isInstanceOf(GraphAnswer.NotFound.class);
        assertThat(library.documents().get(key88(), Audience.PUBLIC)).isEmpty();
        assertThat(library.documents().find(INTERNAL_NUMBER, Audience.OFFICIAL)).isInstanceOf(GraphService.Found.class);
    }

    @Test
    void a_public_document_citing_the_internal_one_links_to_it_for_officials_only() {
        String commune = key("5/KH-UBND");
        // Its own words stay (they are published); the link to the hidden document does not.
        assertThat(library.documents()
                        .get(commune, Audience.PUBLIC)
                        .orElseThrow()
                        .parents())
                .isEmpty();
        assertThat(library.documents()
                        .get(commune, Audience.PUBLIC)
                        .orElseThrow()
                        .citations())
                .allSatisfy(c -> assertThat(c.targetKey()).isNull());
        assertThat(library.documents()
                        .get(commune, Audience.OFFICIAL)
                        .orElseThrow()
                        .parents())
                .containsExactly(key88());
    }

    @Test
    void the_public_chain_reaches_the_directive_through_a_document_it_cannot_see() throws JsonProcessingException {
        GraphAnswer<GraphService.Chain> answer = library.chains().chain("5/KH-UBND", Audience.PUBLIC);
        GraphService.Chain chain = ((GraphAnswer.Answered<GraphService.Chain>) answer).answer();

        assertThat(chain.paths()).hasSize(1);
        List<GraphNode> path = chain.paths().getFirst();
        assertThat(path).extracting(GraphNode::status).containsExactly("INDEXED", "HIDDEN", "CITED_ONLY");
        assertThat(path.get(1).number()).isNull();
        assertThat(path.get(1).issuer()).isNull();
        assertThat(path.get(2).number()).isEqualTo("03-CT/TW");
        assertThat(new ObjectMapper().writeValueAsString(chain)).doesNotContain(INTERNAL_NUMBER);
    }

    @Test
    void counts_for_the_public_leave_the_internal_document_out() {
        IndexStats pub = library.stats().stats(Audience.PUBLIC);
        IndexStats official = library.stats().stats(Audience.OFFICIAL);
        assertThat(pub.documents()).isEqualTo(2);
        assertThat(official.documents()).isEqualTo(3);
        assertThat(pub.byLevel()).doesNotContainKey("DISTRICT");

        GraphService.Implementers forPublic = implementers(Audience.PUBLIC);
        GraphService.Implementers forOfficial = implementers(Audience.OFFICIAL);
        assertThat(forPublic.total()).isEqualTo(2);
        assertThat(forPublic.countsByLevel()).containsOnlyKeys("PROVINCE", "COMMUNE");
        assertThat(forOfficial.total()).isEqualTo(3);
        assertThat(forOfficial.countsByLevel()).containsOnlyKeys("PROVINCE", "DISTRICT", "COMMUNE");
    }

    private static GraphService.Implementers implementers(Audience audience) {
        return ((GraphAnswer.Answered<GraphService.Implementers>)
                        library.implementers().implementers("03-CT/TW", audience))
                .answer();
    }

    @Test
    void an_official_sees_the_internal_document_everywhere() throws IOException {
        assertThat(publicReads(Audience.OFFICIAL)).contains(INTERNAL_NUMBER).contains(INTERNAL_ISSUER);
        GraphService.Chain chain = ((GraphAnswer.Answered<GraphService.Chain>)
                        library.chains().chain("5/KH-UBND", Audience.OFFICIAL))
                .answer();
        assertThat(chain.paths().getFirst())
                .extracting(GraphNode::number)
                .containsExactly("5/KH-UBND", INTERNAL_NUMBER, "03-CT/TW");
        assertThat(library.documents()
                        .get(key88(), Audience.OFFICIAL)
                        .orElseThrow()
                        .visibility())
                .hasToString("INTERNAL");
    }
}
