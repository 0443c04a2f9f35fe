package vn.vanban.backend.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.vanban.backend.document.AmbiguousDocumentException;
import vn.vanban.backend.document.DocumentNotFoundException;
import vn.vanban.backend.search.InvalidQueryException;
import vn.vanban.indexer.graph.GraphState;

/**
 * Every error of the API as an RFC 9457 problem detail; Spring MVC's own (a missing or mistyped
 * parameter, an unknown path) come from the base class in the same form. Elasticsearch's error text
 * is never sent: it names indices and internals.
 */
@RestControllerAdvice(basePackages = "vn.vanban.backend")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "invalid-query", "Truy vấn không hợp lệ / Invalid query", e.getMessage());
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound(DocumentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "document-not-found", "Không tìm thấy / Not found", e.getMessage());
    }

    @ExceptionHandler(AmbiguousDocumentException.class)
    ProblemDetail ambiguous(AmbiguousDocumentException e) {
        return ambiguous(e.getMessage(), e.candidates());
    }

    private static ProblemDetail ambiguous(String detail, List<String> candidates) {
        ProblemDetail p =
                problem(HttpStatus.CONFLICT, "ambiguous-number", "Số văn bản trùng / Ambiguous number", detail);
        p.setProperty("candidates", candidates);
        return p;
    }

    /** The comparison's own exceptions (the indexer's), answered as the document API's. */
    @ExceptionHandler(vn.vanban.indexer.compare.DocumentNotFoundException.class)
    ProblemDetail notComparable(vn.vanban.indexer.compare.DocumentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "document-not-found", "Không tìm thấy / Not found", e.getMessage());
    }

    @ExceptionHandler(vn.vanban.indexer.compare.AmbiguousDocumentException.class)
    ProblemDetail ambiguousCompared(vn.vanban.indexer.compare.AmbiguousDocumentException e) {
        return ambiguous(e.getMessage(), e.candidates());
    }

    @ExceptionHandler({ElasticsearchException.class, UncheckedIOException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        if (e instanceof ElasticsearchException es && es.status() == 400) {
            // Our requests are built valid: a 400 is a value of the client's that reached Elasticsearch
            // (a crafted cursor, a date out of range), not an outage.
            LOG.info("Elasticsearch refused a request built from the client's input: {}", es.getMessage());
            return ResponseEntity.badRequest()
                    .body(problem(
                            HttpStatus.BAD_REQUEST,
                            "invalid-query",
                            "Không thể thực hiện truy vấn này / This query cannot be run",
                            "Một tham số không hợp lệ (con trỏ 'after', ngày…) / A parameter is not valid (the"
                                    + " 'after' cursor, a date…)"));
        }
        LOG.warn("Elasticsearch failed: {}", e.toString());
        LOG.debug("Elasticsearch failure", e);
        return retryLater(
                15,
                "search-unavailable",
                "Dịch vụ tìm kiếm tạm thời không trả lời / Search is unavailable",
                "Vui lòng thử lại sau / Please try again later");
    }

    /** A parameter of the wrong type ({@code size=abc}, {@code from=2022-13-01}): Spring's text is English only. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "?" : ex.getPropertyName();
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "invalid-parameter",
                        "Tham số không hợp lệ / Invalid parameter",
                        "Giá trị '" + ex.getValue() + "' không hợp lệ cho '" + name + "' / '" + ex.getValue()
                                + "' is not a valid value of '" + name + "'"));
    }

    /** The reference graph is stale and could not be rebuilt now; a later request rebuilds it. */
    @ExceptionHandler(GraphState.StaleGraphException.class)
    ResponseEntity<ProblemDetail> graphRebuilding(GraphState.StaleGraphException e) {
        LOG.warn("Reference graph stale", e);
        return retryLater(
                30,
                "graph-rebuilding",
                "Sơ đồ tham chiếu đang được dựng lại / The reference graph is being rebuilt",
                "Vui lòng thử lại sau ít phút / Please try again in a few minutes");
    }

    /** 503 with {@code Retry-After} (seconds): the API is there, what it needs is not yet. */
    private static ResponseEntity<ProblemDetail> retryLater(int seconds, String type, String title, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(seconds))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail));
    }

    /** A problem detail of ours: {@code type} under {@code /api/problems/}, a bilingual title. */
    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("/api/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
