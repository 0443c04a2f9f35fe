package vn.vanban.indexer.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Visibility;

/**
 * Reads {@code visibility} as every version stored it: today one value ({@code "INTERNAL"}); before
 * audiences, an array of the marks printed on the document ({@code ["Lưu hành nội bộ"]}, often {@code
 * []}). An old array means what ingestion decides today from the same marks ({@link
 * DocumentSource#visibility} with the default run, PUBLIC), so an index made by an older version is
 * read as it would be written now; {@code indexer reindex} rewrites it so ({@link #migrate}).
 */
final class StoredVisibility extends StdDeserializer<Visibility> {

    StoredVisibility() {
        super(Visibility.class);
    }

    @Override
    public @Nullable Visibility deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            List<String> values = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                values.add(p.getValueAsString());
            }
            return ofArray(values);
        }
        String value = p.getValueAsString();
        return value == null ? null : Visibility.valueOf(value);
    }

    /** An old array: a value it holds, else the visibility its marks give. */
    static Visibility ofArray(List<String> values) {
        if (values.contains(Visibility.INTERNAL.name())) {
            return Visibility.INTERNAL;
        }
        if (values.contains(Visibility.PUBLIC.name())) {
            return Visibility.PUBLIC;
        }
        return DocumentSource.visibility(values, Visibility.PUBLIC);
    }

    /**
     * Rewrites an old node's array {@code visibility} as today's value with its marks beside it (the
     * migration {@code indexer reindex} makes on the way); a node already in today's form is left.
     */
    static void migrate(Map<String, Object> node) {
        if (node.get(DocumentFields.VISIBILITY) instanceof List<?> list) {
            List<String> marks = list.stream().map(String::valueOf).toList();
            node.put(DocumentFields.VISIBILITY, ofArray(marks).name());
            boolean onlyValues = marks.stream().allMatch(m -> m.equals("PUBLIC") || m.equals("INTERNAL"));
            if (!node.containsKey(DocumentFields.VISIBILITY_MARKS) && !onlyValues) {
                node.put(DocumentFields.VISIBILITY_MARKS, marks);
            }
        }
    }
}
