package vn.vanban.backend.followup;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.assignment.FollowUp;
import vn.vanban.indexer.assignment.FollowUpExport;

/** {@code /api/documents/{key}/follow-up[.csv|.xlsx]}: the record as it stands, or its table. */
@RestController
class FollowUpController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/api/documents/{key}/follow-up")
    FollowUp followUp(@PathVariable String key, Audience audience) {
        return followUps.of(key, audience);
    }

    @GetMapping("/api/documents/{key}/follow-up.csv")
    ResponseEntity<byte[]> csv(@PathVariable String key, Audience audience) {
        FollowUp f = followUps.of(key, audience);
        return download(
                f,
                "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                FollowUpExport.csv(f).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/documents/{key}/follow-up.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String key, Audience audience) {
        FollowUp f = followUps.of(key, audience);
        return download(f, "xlsx", XLSX, FollowUpExport.xlsx(f));
    }

    private static ResponseEntity<byte[]> download(FollowUp f, String extension, MediaType type, byte[] body) {
        String name = "theo-doi-" + f.document().replaceAll("[^A-Za-z0-9]+", "-") + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
