package vn.vanban.backend.search;

/** A completion: a document number or a subject, and the document it leads to. */
public record Suggestion(String text, String key) {}
