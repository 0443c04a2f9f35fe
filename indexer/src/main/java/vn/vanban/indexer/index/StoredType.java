package vn.vanban.indexer.index;

import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.DocumentType;

/** A document type as stored: {@code {"code": "KH", "name": "Kế hoạch"}}. */
public record StoredType(String code, String name) {

    static @Nullable StoredType of(@Nullable DocumentType type) {
        return type == null ? null : new StoredType(type.code(), type.name());
    }
}
