package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.testing.TestElasticsearch;

/** {@code reindex} loses no write: while the old index is copied, writes are refused, not dropped. */
class ReindexIT {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_write_during_the_copy_is_refused_and_the_new_index_has_every_node() throws IOException {
        TestIndices.fresh(TestElasticsearch.client(), "it-reindex");
        DocumentIndex index = new DocumentIndex(TestElasticsearch.client(), "it-reindex", FIXED);
        write(index, "1/KH-UBND~a~2024");

        String fresh = index.reindex(old -> assertThatThrownBy(() -> write(index, "2/KH-UBND~b~2024"))
                .as("a write through the alias while %s is copied", old)
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("block"));

        // Named from the injected clock.
        assertThat(fresh).isEqualTo("it-reindex-v1-20261130080000000");
        assertThat(index.currentIndex()).contains(fresh);
        assertThat(index.get("1/KH-UBND~a~2024")).isPresent();
        write(index, "2/KH-UBND~b~2024");
        assertThat(index.stats(Audience.ADMIN).citedOnly()).isEqualTo(2);
    }

    @Test
    void a_failed_copy_leaves_the_old_index_writable() throws IOException {
        TestIndices.fresh(TestElasticsearch.client(), "it-reindex-fail");
        DocumentIndex index = new DocumentIndex(TestElasticsearch.client(), "it-reindex-fail", FIXED);
        String old = index.ensureExists();

        assertThatThrownBy(() -> index.reindex(blocked -> {
                    throw new IllegalStateException("copy interrupted");
                }))
                .hasMessage("copy interrupted");

        assertThat(index.currentIndex()).contains(old);
        write(index, "3/KH-UBND~c~2024");
        assertThat(index.get("3/KH-UBND~c~2024")).isPresent();
    }

    private static void write(DocumentIndex index, String key) {
        try {
            index.client()
                    .index(i -> i.index(index.alias())
                            .id(key)
                            .document(Map.of("key", key, "status", "CITED_ONLY", "visibility", "PUBLIC"))
                            .refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
