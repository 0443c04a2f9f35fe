package vn.vanban.backend.search;

public record FacetCount(String value, long count) {}
