package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.access.Visibility;

/** {@code visibility} as older versions stored it (an array of marks) reads as today's value. */
class StoredVisibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static StoredDocument read(String visibility) throws IOException {
        return JSON.readValue(
                "{\"key\":\"k\",\"status\":\"INDEXED\",\"visibility\":" + visibility + "}", StoredDocument.class);
    }

    @Test
    void an_old_array_of_marks_reads_as_the_visibility_its_marks_give() throws IOException {
        assertThat(read("[\"Lưu hành nội bộ\"]").visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(read("[]").visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void a_single_value_and_an_array_of_values_read_as_that_value() throws IOException {
        assertThat(read("\"INTERNAL\"").visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(read("[\"INTERNAL\"]").visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(read("null").visibility()).isNull();
    }

    @Test
    void reindex_rewrites_an_old_array_as_the_value_with_its_marks_beside_it() {
        Map<String, Object> node = new HashMap<>(Map.of("key", "k", "visibility", List.of("Lưu hành nội bộ")));

        StoredVisibility.migrate(node);

        assertThat(node)
                .containsEntry("visibility", "INTERNAL")
                .containsEntry("visibilityMarks", List.of("Lưu hành nội bộ"));
        Map<String, Object> current = new HashMap<>(Map.of("key", "k", "visibility", "PUBLIC"));
        StoredVisibility.migrate(current);
        assertThat(current).isEqualTo(Map.of("key", "k", "visibility", "PUBLIC"));
    }
}
