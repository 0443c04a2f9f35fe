package vn.vanban.backend.document;

/** No document the audience may read has this key (an unreadable one is not distinguished). */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String key) {
        super("Không có văn bản " + key + " / No document " + key);
    }
}
