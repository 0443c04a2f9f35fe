package vn.vanban.backend.document;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import vn.vanban.backend.search.InvalidQueryException;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.Relation;

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

    /**
     * A page of the documents citing this one, newest first, with the exact total and the counts by
     * relation; {@code relation} keeps one relation, {@code after=next} reads the next page.
     */
    @GetMapping("/{key}/cited-by")
    CitedByPage citedBy(
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String relation,
            @RequestParam(defaultValue = "" + CitedByPage.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String after,
            Audience audience) {
        return documents.citedBy(key, relation(relation), size, after, audience);
    }

    private static @Nullable Relation relation(@Nullable String relation) {
        if (relation == null || relation.isBlank()) {
            return null;
        }
        try {
            return Relation.valueOf(relation.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("relation = IMPLEMENTS | BASIS | MENTIONS");
        }
    }

    @GetMapping("/{key}/chain")
    ChainView chain(@PathVariable String key, Audience audience) {
        return graph.chain(key, audience);
    }

    /**
     * The tree; with {@code depth} only that many levels (each node says how many documents are under
     * it), with {@code level} one page of that level ({@code size} nodes by key, then {@code
     * after=next}), so a large tree is read a level at a time: neither reads the levels it does not
     * return.
     */
    @GetMapping("/{key}/implementers")
    ImplementersView implementers(
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable Integer depth,
            @RequestParam(required = false) @Nullable Integer level,
            @RequestParam(defaultValue = "500") int size,
            @RequestParam(required = false) @Nullable String after,
            Audience audience) {
        if ((depth != null && depth < 1) || (level != null && level < 1)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "depth ≥ 1, level ≥ 1");
        }
        if (depth != null && level != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "depth or level, not both");
        }
        if (size < 1 || size > ReferenceGraphService.MAX_LEVEL_PAGE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "1 ≤ size ≤ " + ReferenceGraphService.MAX_LEVEL_PAGE);
        }
        if (level != null) {
            return graph.implementersLevel(key, province, district, level, size, after, audience);
        }
        return depth == null
                ? graph.implementers(key, province, district, audience)
                : graph.implementers(key, province, district, depth, audience);
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
        if (down < 0 || down > ReferenceGraphService.MAX_DOWN) {
            throw new InvalidQueryException("'down' phải từ 0 đến " + ReferenceGraphService.MAX_DOWN
                    + " / 'down' must be 0.." + ReferenceGraphService.MAX_DOWN);
        }
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
