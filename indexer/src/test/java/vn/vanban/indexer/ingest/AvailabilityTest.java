package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void an_operation_that_keeps_failing_gives_up_although_others_succeed_meanwhile() {
        Moving clock = new Moving();
        Availability availability = new Availability(Duration.ofSeconds(10), "http://127.0.0.1:9", clock);
        Availability.Attempt failing = availability.attempt();
        IOException down = new ConnectException("Connection refused");

        failing.failed(down);
        for (int i = 0; i < 3; i++) {
            clock.now = clock.now.plusSeconds(4);
            availability.call(() -> "another request succeeds");
        }

        assertThatThrownBy(() -> failing.failed(down))
                .isInstanceOf(Availability.Unavailable.class)
                .hasMessageContaining("for more than 10 s")
                .hasMessageContaining("Connection refused");
    }

    @Test
    void the_message_says_what_happened_and_leaves_instructions_to_the_caller() {
        Availability availability = new Availability(Duration.ofSeconds(10), "http://127.0.0.1:9");
        assertThat(availability.message(new ConnectException("Connection refused")))
                .isEqualTo("Elasticsearch không trả lời / unavailable at http://127.0.0.1:9 for more than 10 s"
                        + " (ConnectException: Connection refused)")
                .doesNotContain("indexer");
    }

    @Test
    void a_refused_request_is_not_retried_but_an_overloaded_node_is() {
        assertThat(Availability.isRetryable(new ConnectException("refused"))).isTrue();
        assertThat(Availability.isRetryable(status(429))).isTrue();
        assertThat(Availability.isRetryable(status(413))).isFalse();
        assertThat(Availability.isTooLarge(status(413))).isTrue();
        assertThat(Availability.isRetryable(status(400))).isFalse();
    }

    @Test
    void request_too_large_from_the_http_layer_is_the_request_s_error_not_the_cluster_s() {
        // What the client throws when the node answers 413 to a bulk request over http.max_content_length.
        var tooLarge = new co.elastic.clients.transport.TransportException(response(413), "status: 413", "es/bulk");
        var unavailable = new co.elastic.clients.transport.TransportException(response(503), "status: 503", "es/bulk");
        assertThat(Availability.isRetryable(tooLarge)).isFalse();
        assertThat(Availability.isTooLarge(tooLarge)).isTrue();
        assertThat(Availability.isRetryable(unavailable)).isTrue();
    }

    private static co.elastic.clients.transport.http.TransportHttpClient.Response response(int status) {
        return new co.elastic.clients.transport.http.TransportHttpClient.Response() {
            @Override
            public co.elastic.clients.transport.http.TransportHttpClient.Node node() {
                return new co.elastic.clients.transport.http.TransportHttpClient.Node("http://127.0.0.1:9");
            }

            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public String header(String name) {
                return null;
            }

            @Override
            public java.util.List<String> headers(String name) {
                return java.util.List.of();
            }

            @Override
            public co.elastic.clients.util.BinaryData body() {
                return null;
            }

            @Override
            public Object originalResponse() {
                return this;
            }

            @Override
            public void close() {}
        };
    }

    private static co.elastic.clients.elasticsearch._types.ElasticsearchException status(int status) {
        return new co.elastic.clients.elasticsearch._types.ElasticsearchException(
                "bulk",
                co.elastic.clients.elasticsearch._types.ErrorResponse.of(e ->
                        e.status(status).error(c -> c.type("status_" + status).reason("refused"))));
    }
}
