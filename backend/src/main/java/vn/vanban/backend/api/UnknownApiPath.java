package vn.vanban.backend.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A GET of a path under {@code /api} that no endpoint serves: a 404 problem. Without it the request
 * fell through to the portal's Vaadin servlet, which answered 200 with its HTML page; every mapped
 * endpoint is more specific than this pattern and wins.
 */
@RestController
class UnknownApiPath {

    @GetMapping("/api/**")
    ProblemDetail unknown(HttpServletRequest request) {
        return ApiProblems.problem(
                HttpStatus.NOT_FOUND,
                "no-such-endpoint",
                "Không tìm thấy / Not found",
                "Không có điểm cuối " + request.getRequestURI() + " / No endpoint " + request.getRequestURI()
                        + " (xem / see /v3/api-docs)");
    }
}
