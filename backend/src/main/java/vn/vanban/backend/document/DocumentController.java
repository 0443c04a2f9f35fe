package vn.vanban.backend.document;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.vanban.indexer.access.Audience;

/**
 * {@code /api/documents/{key}…}: a key ({@code 03-CT%2FTW~tw~2021}, its {@code /} percent-encoded)
 * or a number one document carries. The services do the work.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DocumentService documents;
    private final ReferenceGraphService graph;

    DocumentController(DocumentService documents, ReferenceGraphService graph) {
        this.documents = documents;
        this.graph = graph;
    }

    @GetMapping("/{key}")
    DocumentView document(@PathVariable String key, Audience audience) {
        return documents.document(key, audience);
    }

    @GetMapping("/{key}/original")
    ResponseEntity<Resource> original(@PathVariable String key, Audience audience) {
        DocumentService.OriginalFile file = documents.original(key, audience);
        MediaType type = file.mediaType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.mediaType());
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(file.path()));
    }

    /** The documents citing this one. */
    record CitedBy(List<CitingDocument> citedBy) {}

    @GetMapping("/{key}/cited-by")
    CitedBy citedBy(@PathVariable String key, Audience audience) {
        return new CitedBy(documents.citedBy(key, audience));
    }

    @GetMapping("/{key}/chain")
    ChainView chain(@PathVariable String key, Audience audience) {
        return graph.chain(key, audience);
    }

    /**
     * The tree; with {@code depth} only that many levels (each node says how many documents are under
     * it), so a large tree is read a level at a time.
     */
    @GetMapping("/{key}/implementers")
    ImplementersView implementers(
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable Integer depth,
            Audience audience) {
        ImplementersView view = graph.implementers(key, province, district, audience);
        if (depth == null) {
            return view;
        }
        if (depth < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "depth ≥ 1");
        }
        return view.cutBelow(depth);
    }

    @GetMapping("/{key}/implementers.csv")
    ResponseEntity<StreamingResponseBody> implementersCsv(
            @PathVariable String key, @RequestParam(required = false) @Nullable String province, Audience audience) {
        ImplementersView view = graph.implementers(key, province, audience);
        return download(view, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), out -> {
            ImplementersExport.csv(view, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        });
    }

    @GetMapping("/{key}/implementers.xlsx")
    ResponseEntity<StreamingResponseBody> implementersXlsx(
            @PathVariable String key, @RequestParam(required = false) @Nullable String province, Audience audience) {
        ImplementersView view = graph.implementers(key, province, audience);
        return download(view, "xlsx", XLSX, out -> ImplementersExport.xlsx(view, out));
    }

    @GetMapping("/{key}/graph")
    GraphView graph(@PathVariable String key, @RequestParam(defaultValue = "2") int down, Audience audience) {
        return graph.neighbourhood(key, down, audience);
    }

    private static ResponseEntity<StreamingResponseBody> download(
            ImplementersView view, String extension, MediaType type, StreamingResponseBody body) {
        String name = "thuc-hien-"
                + (view.root().number() == null
                        ? "van-ban"
                        : view.root().number().replaceAll("[^A-Za-z0-9]+", "-"))
                + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
