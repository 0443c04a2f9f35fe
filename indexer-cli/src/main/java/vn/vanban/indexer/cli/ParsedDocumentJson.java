package vn.vanban.indexer.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.assignment.AssignmentExtractor;
import vn.vanban.indexer.assignment.AssignmentJson;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * The {@code indexer parse} line contract: one JSON object per file with exactly the fields of
 * {@link ParsedDocument} except {@code text} (as its Jackson annotations print it: dates as ISO
 * strings, nulls printed), then {@code assignments} (the tasks of its implementation section).
 */
final class ParsedDocumentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One line: the document's fields, then its assignments — computed from the parsed text here
     * rather than held by {@link ParsedDocument} (issue #12): the record's constructor stays as every
     * reader builds it.
     */
    record Line(@JsonUnwrapped ParsedDocument document, List<Map<String, @Nullable Object>> assignments) {}

    private ParsedDocumentJson() {}

    static String line(ParsedDocument d) {
        try {
            return JSON.writeValueAsString(new Line(d, AssignmentJson.of(AssignmentExtractor.extract(d))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + d.file(), e);
        }
    }
}
