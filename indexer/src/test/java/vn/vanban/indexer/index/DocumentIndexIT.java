package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.document.Section;
import vn.vanban.indexer.testing.TestElasticsearch;

/** The schema and the write operations against the real node (documents built by hand). */
class DocumentIndexIT {

    private static DocumentIndex index;

    @BeforeAll
    static void createIndex() throws IOException {
        String alias = "it-document-index";
        index = TestIndices.fresh(TestElasticsearch.client(), alias);
    }

    private static ParsedDocument plan(
            String number, String issuer, LocalDate date, String text, List<Citation> citations) {
        return new ParsedDocument(
                "plan.txt",
                DocumentStatus.OK,
                null,
                number,
                new DocumentType("KH", "Kế hoạch"),
                issuer,
                null,
                IssuerSide.STATE,
                IssuerLevel.DISTRICT,
                "Quảng Ninh",
                "Cẩm Phả",
                null,
                "Cẩm Phả",
                date,
                "Tuyên truyền thực hiện chỉ thị",
                null,
                null,
                null,
                List.of(),
                List.of(new Section("I.", "MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", 0, text.length(), List.of())),
                List.of(),
                citations,
                text);
    }

    private static Citation cite(String number, String issuer, LocalDate date, Relation relation) {
        return new Citation(
                number,
                new DocumentType("KH", "Kế hoạch"),
                date,
                issuer,
                null,
                null,
                "về tuyên truyền",
                relation,
                0,
                10,
                "Kế hoạch số " + number,
                null);
    }

    private static void write(ParsedDocument doc, String path) throws IOException {
        CitationResolver resolver = new CitationResolver(index);
        List<ResolvedCitation> resolved = resolver.resolve(doc);
        DocumentKey key = DocumentKey.of(doc.number(), doc.issuer(), doc.date()).orElseThrow();
        SourceFile file = new SourceFile(path, path, "sha-" + path, 10, "text/plain", false, "sha-" + path);
        List<StoredCitation> citations = StoredCitation.of(resolved);
        StoredDocument source = DocumentSource.indexed(key, doc, citations, file, Visibility.PUBLIC, Instant.EPOCH);
        List<BulkOperation> ops = new ArrayList<>();
        ops.add(index.createOperation(key, source));
        for (CitedOnlyNode node : CitedOnlyNodes.of(doc.text(), key.value(), citations, Visibility.PUBLIC)) {
            ops.add(index.citedOnlyOperation(node));
        }
        BulkResponse response = index.client().bulk(b -> b.operations(ops).refresh(Refresh.True));
        for (int i = 0; i < response.items().size(); i++) {
            var item = response.items().get(i);
            if (item.error() != null) {
                assertThat(item.status()).as("%s", item).isEqualTo(409);
                if (i == 0) {
                    index.mergeIndexed(key, source, file);
                }
            }
        }
        index.refresh();
    }

    @Test
    void resolving_one_number_again_leaves_the_other_citations_of_a_document_alone() throws IOException {
        LocalDate date = LocalDate.of(2024, 5, 2);
        ParsedDocument plan = plan(
                "31/KH-UBND",
                "UBND xã Hòa Bình",
                date,
                "Thực hiện Kế hoạch số 71-KH/ĐU và Kế hoạch số 72-KH/ĐU.",
                List.of(
                        cite("71-KH/ĐU", "Đảng ủy", date, Relation.IMPLEMENTS),
                        cite("72-KH/ĐU", "Đảng ủy", date, Relation.IMPLEMENTS),
                        new Citation(
                                null,
                                null,
                                null,
                                "Đảng Cộng sản Việt Nam",
                                null,
                                null,
                                "Nghị quyết Đại hội XIII của Đảng",
                                Relation.MENTIONS,
                                0,
                                10,
                                "Nghị quyết Đại hội XIII của Đảng",
                                null)));
        write(plan, "31.txt");
        write(plan("71-KH/ĐU", "Đảng ủy xã Hòa Bình", date, "Kế hoạch.", List.of()), "71.txt");
        write(plan("72-KH/ĐU", "Đảng ủy xã Hòa Bình", date, "Kế hoạch.", List.of()), "72.txt");
        CitationResolver resolver = new CitationResolver(index);

        resolver.reresolve(java.util.Set.of("71-KH/DU"));
        index.refresh();
        resolver.reresolve(java.util.Set.of("72-KH/DU"));
        index.refresh();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>)
                index.get("31/KH-UBND~ubnd-xa-hoa-binh~2024").orElseThrow().get("citations");
        // "Đảng ủy" without a name: one candidate each, kept as AMBIGUOUS, and the second pass does
        // not wipe what the first one found.
        // An unnumbered citation ("Nghị quyết Đại hội XIII") has nothing to look up and stays as it is.
        assertThat(citations)
                .extracting(c -> c.get("resolution"))
                .containsExactly("AMBIGUOUS", "AMBIGUOUS", "UNRESOLVED");
        assertThat(citations.subList(0, 2))
                .extracting(c -> c.get("candidates"))
                .containsExactly(
                        List.of("71-KH/DU~dang-uy-xa-hoa-binh~2024"), List.of("72-KH/DU~dang-uy-xa-hoa-binh~2024"));
    }

    @Test
    void every_citer_of_a_document_is_listed_however_many_pages_they_fill() throws IOException {
        // A directive every commune carries out has more citers than one search returns.
        LocalDate date = LocalDate.of(2023, 3, 1);
        int citers = 2 * DocumentIndex.PAGE + 5;
        List<BulkOperation> ops = new ArrayList<>();
        CitationResolver resolver = new CitationResolver(index);
        String target = null;
        for (int i = 1; i <= citers; i++) {
            ParsedDocument doc = plan(
                    i + "/KH-UBND",
                    "UBND xã Số " + i,
                    date,
                    "Thực hiện Kế hoạch số 88-KH/TU.",
                    List.of(cite("88-KH/TU", "Thành ủy Uông Bí", date, Relation.IMPLEMENTS)));
            List<ResolvedCitation> resolved = resolver.resolve(doc);
            target = resolved.get(0).targetKey();
            DocumentKey key =
                    DocumentKey.of(doc.number(), doc.issuer(), doc.date()).orElseThrow();
            SourceFile file = new SourceFile(i + ".txt", i + ".txt", "sha-p" + i, 10, "text/plain", false, "sha-p" + i);
            ops.add(index.createOperation(
                    key,
                    DocumentSource.indexed(
                            key, doc, StoredCitation.of(resolved), file, Visibility.PUBLIC, Instant.EPOCH)));
        }
        BulkResponse response = index.client().bulk(b -> b.operations(ops).refresh(Refresh.True));
        assertThat(response.errors()).isFalse();

        List<String> found = index.citing(target);

        assertThat(found).hasSize(citers).doesNotHaveDuplicates();
    }

    @Test
    void a_cited_document_is_a_node_until_it_arrives_and_then_takes_it_over() throws IOException {
        LocalDate date = LocalDate.of(2022, 6, 23);
        write(
                plan(
                        "197/KH-UBND",
                        "UBND thành phố Cẩm Phả",
                        LocalDate.of(2022, 7, 4),
                        "Thực hiện Kế hoạch số 179-KH/TU.",
                        List.of(cite("179-KH/TU", "Thành ủy Cẩm Phả", date, Relation.IMPLEMENTS))),
                "197.txt");
        String parentKey = "179-KH/TU~thanh-uy-cam-pha~2022";

        Map<String, Object> node = index.get(parentKey).orElseThrow();
        assertThat(node).containsEntry("status", "CITED_ONLY").containsEntry("number", "179-KH/TU");
        assertThat(index.citing(parentKey)).containsExactly("197/KH-UBND~ubnd-tp-cam-pha~2022");
        assertThat(index.get("197/KH-UBND~ubnd-tp-cam-pha~2022").orElseThrow().get("parents"))
                .isEqualTo(List.of(parentKey));

        write(plan("179-KH/TU", "THÀNH ỦY CẨM PHẢ", date, "Kế hoạch của Thành ủy.", List.of()), "179.txt");
        assertThat(index.get(parentKey).orElseThrow()).containsEntry("status", "INDEXED");
        assertThat(index.citing(parentKey)).containsExactly("197/KH-UBND~ubnd-tp-cam-pha~2022");

        // A later citation does not turn the document back into a CITED_ONLY node.
        write(
                plan(
                        "200/KH-UBND",
                        "UBND thành phố Cẩm Phả",
                        LocalDate.of(2022, 8, 1),
                        "Theo Kế hoạch số 179-KH/TU.",
                        List.of(cite("179-KH/TU", "Thành ủy Cẩm Phả", date, Relation.MENTIONS))),
                "200.txt");
        assertThat(index.get(parentKey).orElseThrow()).containsEntry("status", "INDEXED");

        // Deleted while still cited: back to a CITED_ONLY node, the citers keep their target.
        assertThat(index.delete(parentKey)).isTrue();
        assertThat(index.get(parentKey).orElseThrow()).containsEntry("status", "CITED_ONLY");
        assertThat(index.citing(parentKey)).hasSize(2);
    }

    @Test
    void stats_count_nodes_citations_and_resolutions_and_survive_a_reindex() throws IOException {
        write(
                plan(
                        "9/KH-UBND",
                        "UBND thành phố Uông Bí",
                        LocalDate.of(2023, 1, 2),
                        "Theo Kế hoạch số 35-KH/TU.",
                        List.of(new Citation(
                                "35-KH/TU",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Relation.MENTIONS,
                                0,
                                5,
                                "35-KH/TU",
                                null))),
                "9.txt");
        IndexStats before = index.stats(Audience.ADMIN);
        assertThat(before.documents()).isPositive();
        assertThat(before.unresolved()).isPositive();
        assertThat(before.byType()).containsKey("KH");
        assertThat(before.byLevel()).containsKey("DISTRICT");

        String old = index.currentIndex().orElseThrow();
        String instance = index.instanceId();
        String fresh = index.reindex();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(index.currentIndex()).contains(fresh);
        assertThat(index.instanceId()).isEqualTo(instance);
        assertThat(index.stats(Audience.ADMIN)).isEqualTo(before);
    }
}
