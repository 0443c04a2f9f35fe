package vn.vanban.backend.search;

/**
 * A request the search cannot answer as asked (a malformed query, a page too deep or too large, a
 * stale cursor); its message is meant for the user, in Vietnamese with English.
 */
public class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
