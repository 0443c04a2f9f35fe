package vn.vanban.indexer.document;

/**
 * A document type by its code in the number ({@code KH}) and its Vietnamese name ({@code Kế hoạch}).
 * An official letter (công văn) has no type in its number; its code is {@code CV}.
 */
public record DocumentType(String code, String name) {}
