package vn.vanban.backend.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document JSON gains the truncation note only where there is one: the contract stays additive. */
class DocumentViewJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DocumentView view(Boolean truncated, Long originalLength) {
        return new DocumentView(
                "k",
                "INDEXED",
                "1/KH",
                "KH",
                "Kế hoạch",
                "UBND",
                null,
                "STATE",
                "COMMUNE",
                "Huế",
                null,
                null,
                null,
                "2024-01-02",
                "s",
                null,
                null,
                List.of(),
                List.of(),
                null,
                "văn bản",
                truncated,
                originalLength);
    }

    @Test
    void a_document_cut_at_the_limit_says_so_with_its_whole_length() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(view(true, 45_000_000L)))
                .endsWith("\"text\":\"văn bản\",\"truncated\":true,\"originalLength\":45000000}");
    }

    @Test
    void a_whole_document_prints_no_truncation_fields() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(view(null, null)))
                .endsWith("\"text\":\"văn bản\"}")
                .doesNotContain("truncated", "originalLength");
    }
}
