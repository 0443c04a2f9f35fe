package vn.vanban.backend.status;

import java.util.List;

/** The cluster as the portal's footer and health page show it. */
public record ClusterStatus(String url, String health, int nodes, List<String> plugins) {

    public boolean vietnameseAnalysis() {
        return plugins.contains("analysis-vietnamese");
    }
}
