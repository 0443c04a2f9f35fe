package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Merges that keep meeting version conflicts fail loudly (the file is reported), never silently. */
class ConflictRetryTest {

    private static ElasticsearchException conflict() {
        return new ElasticsearchException(
                "index",
                ErrorResponse.of(r -> r.status(409)
                        .error(e -> e.type("version_conflict_engine_exception").reason("seq_no moved"))));
    }

    @Test
    void fifty_conflicts_in_a_row_fail_naming_the_node() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> DocumentIndex.retryOnConflict("03-CT/TW~tw~2021", () -> {
                    attempts.incrementAndGet();
                    throw conflict();
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("03-CT/TW~tw~2021")
                .hasMessageContaining("version conflicts");
        assertThat(attempts).hasValue(DocumentIndex.MAX_CONFLICTS);
    }

    @Test
    void a_conflict_then_a_success_writes_once() {
        AtomicInteger attempts = new AtomicInteger();
        DocumentIndex.retryOnConflict("k", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw conflict();
            }
        });
        assertThat(attempts).hasValue(3);
    }
}
