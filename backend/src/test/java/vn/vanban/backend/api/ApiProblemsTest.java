package vn.vanban.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.vanban.indexer.graph.GraphState;

class ApiProblemsTest {

    @Test
    void a_stale_graph_that_cannot_be_rebuilt_answers_503_with_retry_after_and_no_internal_text() {
        ResponseEntity<ProblemDetail> answer = new ApiProblems()
                .graphRebuilding(new GraphState.StaleGraphException(
                        "graph index vanban-graph-v1 blocked", new IOException("127.0.0.1:9200")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        ProblemDetail problem = answer.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getType()).hasToString("/api/problems/graph-rebuilding");
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail() + problem.getTitle())
                .doesNotContain("vanban-graph")
                .doesNotContain("9200");
    }
}
