package vn.vanban.backend.document;

import java.util.List;

/** Every path from the document (first) up to a root directive (last); cut when {@code truncated}. */
public record ChainView(List<List<NodeView>> paths, boolean truncated) {}
