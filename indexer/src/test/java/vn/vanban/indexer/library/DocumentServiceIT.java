package vn.vanban.indexer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.graph.GraphFixture;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.StoredDocument;
import vn.vanban.indexer.testing.TestElasticsearch;

/** Deletion through the library: the chain survives a deleted document in its middle. */
class DocumentServiceIT {

    private static final String ALIAS = "it-document-service";

    @TempDir
    static Path dir;

    private static Library library;

    @BeforeAll
    static void ingest() throws IOException {
        GraphFixture fixture = GraphFixture.fresh(ALIAS, dir);
        library = new Library(TestElasticsearch.client(), ALIAS);
        fixture.ingest(
                GraphFixture.camPha179(GraphFixture.implementsCt03().told(IssuerSide.PARTY, IssuerLevel.CENTRAL)),
                // As the seed 197/KH-UBND says it: "Kế hoạch số 179-KH/TU … về việc đẩy mạnh tuyên
                // truyền, triển khai thực hiện Chỉ thị số 03-CT/TW".
                GraphFixture.camPha197(
                        GraphFixture.implementsCamPha179().told(IssuerSide.PARTY, IssuerLevel.DISTRICT),
                        GraphFixture.mentionsCt03().told(IssuerSide.PARTY, IssuerLevel.CENTRAL)),
                GraphFixture.camTrung12());
    }

    private static List<String> chainOf(String query) {
        GraphAnswer<GraphService.Chain> answer = library.chains().chain(query, Audience.ADMIN);
        assertThat(answer).isInstanceOf(GraphAnswer.Answered.class);
        GraphService.Chain chain = ((GraphAnswer.Answered<GraphService.Chain>) answer).answer();
        assertThat(chain.paths()).hasSize(1);
        return chain.paths().getFirst().stream()
                .map(n -> n.number() + " " + n.status() + " " + n.issuerLevel())
                .toList();
    }

    @Test
    void deleting_a_plan_in_the_middle_of_a_chain_leaves_a_cited_only_node_the_chain_goes_through() {
        assertThat(chainOf("12/KH-UBND"))
                .containsExactly(
                        "12/KH-UBND INDEXED COMMUNE",
                        "197/KH-UBND INDEXED DISTRICT",
                        "179-KH/TU INDEXED DISTRICT",
                        "03-CT/TW CITED_ONLY CENTRAL");
        String key179 = ((GraphService.Found) library.documents().find("179-KH/TU", Audience.ADMIN))
                .node()
                .key();

        assertThat(library.deletion().delete(key179)).isEqualTo(DeletionService.Deletion.KEPT_AS_CITED_ONLY);

        // The node is what 197/KH-UBND's citations say: the Thành ủy's side and level, and the
        // directive its subject says it carries out.
        StoredDocument node = library.documents().get(key179, Audience.ADMIN).orElseThrow();
        assertThat(node.status()).isEqualTo("CITED_ONLY");
        assertThat(node.issuerSide()).isEqualTo("PARTY");
        assertThat(node.issuerLevel()).isEqualTo("DISTRICT");
        assertThat(node.parents()).containsExactly("03-CT/TW~tw~2021");
        assertThat(chainOf("12/KH-UBND"))
                .containsExactly(
                        "12/KH-UBND INDEXED COMMUNE",
                        "197/KH-UBND INDEXED DISTRICT",
                        "179-KH/TU CITED_ONLY DISTRICT",
                        "03-CT/TW CITED_ONLY CENTRAL");
    }

    @Test
    void deleting_an_unknown_key_says_so() {
        assertThat(library.deletion().delete("1/KH-UBND~nobody~2020")).isEqualTo(DeletionService.Deletion.NOT_FOUND);
    }

    @Test
    void a_document_names_who_cites_it_and_what_it_cites() {
        String key197 = ((GraphService.Found) library.documents().find("197/KH-UBND", Audience.ADMIN))
                .node()
                .key();
        assertThat(library.documents().citing(key197, Audience.ADMIN))
                .extracting(d -> d.number())
                .containsExactly("12/KH-UBND");
        assertThat(library.documents().citedBy(key197, Audience.ADMIN))
                .extracting(d -> d.number())
                .containsExactlyInAnyOrder("179-KH/TU", "03-CT/TW");
    }

    @Test
    void file_paths_are_read_by_administrators_only() {
        GraphNode n = ((GraphService.Found) library.documents().find("12/KH-UBND", Audience.ADMIN)).node();
        StoredDocument admin = library.documents().get(n.key(), Audience.ADMIN).orElseThrow();
        StoredDocument official =
                library.documents().get(n.key(), Audience.OFFICIAL).orElseThrow();
        assertThat(admin.textFile()).isNotNull();
        assertThat(admin.files()).allSatisfy(f -> assertThat(f.path()).isNotNull());
        assertThat(official.textFile()).isNull();
        assertThat(official.files())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.path()).isNull());
    }
}
