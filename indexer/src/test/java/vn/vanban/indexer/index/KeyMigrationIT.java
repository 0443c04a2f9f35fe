package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * {@code indexer reindex} migrates an index written under the keys of an earlier rule: a plan keyed
 * {@code tinh-uy-tinh-quang-ninh} (its header "ĐẢNG BỘ TỈNH QUẢNG NINH / TỈNH ỦY") and the CITED_ONLY
 * node its citations made as {@code tinh-uy-quang-ninh} become one node, and the citer follows it.
 */
class KeyMigrationIT {

    private static final DocumentType PLAN = new DocumentType("KH", "Kế hoạch");

    private static ParsedDocument plan(String number, String issuer, String district, List<Citation> citations) {
        return new ParsedDocument(
                "plan.txt",
                DocumentStatus.OK,
                null,
                number,
                PLAN,
                issuer,
                null,
                IssuerSide.PARTY,
                district == null ? IssuerLevel.PROVINCE : IssuerLevel.DISTRICT,
                "Quảng Ninh",
                district,
                null,
                "Quảng Ninh",
                LocalDate.of(2023, 3, 2),
                "phòng, chống tham nhũng",
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                citations,
                "Kế hoạch số " + number);
    }

    @Test
    void reindex_gives_every_node_its_canonical_key_and_merges_a_document_with_its_cited_only_node()
            throws IOException {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-key-migration");
        DocumentKey oldPlanKey = DocumentKey.fromParts("118-KH/TU", "tinh-uy-tinh-quang-ninh", 2023);
        DocumentKey citedKey = DocumentKey.fromParts("118-KH/TU", "tinh-uy-quang-ninh", 2023);
        DocumentKey citerKey = DocumentKey.fromParts("64-KH/HU", "huyen-uy-ba-che", 2023);
        Citation citation = new Citation(
                "118-KH/TU",
                PLAN,
                LocalDate.of(2023, 3, 2),
                "Tỉnh ủy Quảng Ninh",
                IssuerSide.PARTY,
                IssuerLevel.PROVINCE,
                null,
                Relation.IMPLEMENTS,
                0,
                20,
                "Kế hoạch số 118-KH/TU",
                null);
        ResolvedCitation resolved = new ResolvedCitation(
                citation, "118-KH/TU", "tinh-uy-quang-ninh", 2023, citedKey.value(), Resolution.RESOLVED, List.of());
        StoredDocument plan = DocumentSource.indexed(
                oldPlanKey,
                plan("118-KH/TU", "Tỉnh ủy tỉnh Quảng Ninh", null, List.of()),
                List.of(),
                file("118.txt"),
                Visibility.PUBLIC,
                Instant.EPOCH);
        List<StoredCitation> citations = StoredCitation.of(List.of(resolved));
        StoredDocument citer = DocumentSource.indexed(
                citerKey,
                plan("64-KH/HU", "Huyện ủy Ba Chẽ", "Ba Chẽ", List.of(citation)),
                citations,
                file("64.txt"),
                Visibility.PUBLIC,
                Instant.EPOCH);
        CitedOnlyNode citedOnly = CitedOnlyNode.of(citations.get(0), Visibility.PUBLIC);
        index.client()
                .bulk(b -> b.refresh(Refresh.True)
                        .operations(List.of(
                                BulkOperation.of(o -> o.index(i -> i.index(index.alias())
                                        .id(oldPlanKey.value())
                                        .document(plan))),
                                BulkOperation.of(o -> o.index(i -> i.index(index.alias())
                                        .id(citerKey.value())
                                        .document(citer))),
                                BulkOperation.of(o -> o.index(i -> i.index(index.alias())
                                        .id(citedKey.value())
                                        .document(citedOnly))))));
        assertThat(index.stats(Audience.ADMIN).citedOnly()).isEqualTo(1);

        index.reindex();

        assertThat(index.get(oldPlanKey.value())).isEmpty();
        Map<String, Object> merged = index.get(citedKey.value()).orElseThrow();
        assertThat(merged.get(DocumentFields.STATUS)).isEqualTo(DocumentState.INDEXED.name());
        assertThat(merged.get(DocumentFields.ISSUER_KEY)).isEqualTo("tinh-uy-quang-ninh");
        assertThat(merged.get(DocumentFields.FILES).toString()).contains("118.txt");
        assertThat(index.stats(Audience.ADMIN).citedOnly()).isZero();
        assertThat(index.stats(Audience.ADMIN).documents()).isEqualTo(2);
        Map<String, Object> citing = index.get(citerKey.value()).orElseThrow();
        assertThat(citing.get(DocumentFields.PARENTS)).isEqualTo(List.of(citedKey.value()));
        assertThat(index.citing(citedKey.value())).containsExactly(citerKey.value());
    }

    @Test
    void a_node_stored_with_the_old_array_visibility_is_read_and_reindex_rewrites_it() throws IOException {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-old-visibility");
        // As versions before audiences wrote them: the printed marks in "visibility", no marks field.
        Map<String, Object> internal = Map.of(
                "key", "9-KH/HU~huyen-uy-ba-che~2020",
                "status", "INDEXED",
                "number", "9-KH/HU",
                "text", "Kế hoạch nội bộ",
                "visibility", List.of("Lưu hành nội bộ"));
        Map<String, Object> open = Map.of(
                "key", "10-KH/HU~huyen-uy-ba-che~2020",
                "status", "INDEXED",
                "number", "10-KH/HU",
                "text", "Kế hoạch",
                "visibility", List.of());
        for (Map<String, Object> node : List.of(internal, open)) {
            TestElasticsearch.client()
                    .index(i -> i.index(index.alias())
                            .id((String) node.get("key"))
                            .document(node)
                            .refresh(Refresh.True));
        }

        assertThat(index.document("9-KH/HU~huyen-uy-ba-che~2020", Audience.ADMIN))
                .hasValueSatisfying(d -> assertThat(d.visibility()).isEqualTo(Visibility.INTERNAL));
        assertThat(index.document("10-KH/HU~huyen-uy-ba-che~2020", Audience.ADMIN))
                .hasValueSatisfying(d -> assertThat(d.visibility()).isEqualTo(Visibility.PUBLIC));

        index.reindex();

        Map<String, Object> migrated = index.get("9-KH/HU~huyen-uy-ba-che~2020").orElseThrow();
        assertThat(migrated.get(DocumentFields.VISIBILITY)).isEqualTo("INTERNAL");
        assertThat(migrated.get(DocumentFields.VISIBILITY_MARKS)).isEqualTo(List.of("Lưu hành nội bộ"));
        // The audience filter matches the migrated value: the public finds the open plan, not the other.
        assertThat(index.document("10-KH/HU~huyen-uy-ba-che~2020", Audience.PUBLIC))
                .isPresent();
        assertThat(index.document("9-KH/HU~huyen-uy-ba-che~2020", Audience.PUBLIC))
                .isEmpty();
        assertThat(index.document("9-KH/HU~huyen-uy-ba-che~2020", Audience.OFFICIAL))
                .isPresent();
    }

    private static SourceFile file(String path) {
        return new SourceFile(path, path, "sha-" + path, 10, "text/plain", false, "sha-" + path);
    }
}
