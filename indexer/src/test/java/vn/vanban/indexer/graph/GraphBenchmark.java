package vn.vanban.indexer.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.EsEndpoint;

/**
 * Latency of the graph answers against a running node, as medians of 20 runs after a warm-up, beside
 * the baseline of one trivial request (a count) measured in the same run. Usage: {@code GraphBenchmark
 * URL ALIAS ROOT_QUERY LEAF_QUERY}, e.g. {@code http://127.0.0.1:9752 demo-gce 03-CT/TW
 * 10-KH/CB~chi-bo-ap-10~2021}.
 */
public final class GraphBenchmark {

    private GraphBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EsConnection connection = EsConnection.to(new EsEndpoint(args[0], null, null, null))) {
            GraphService graph = new GraphService(connection.client(), args[1]);
            GraphNode root = ((GraphService.Found) graph.find(args[2], Audience.ADMIN)).node();
            GraphNode leaf = ((GraphService.Found) graph.find(args[3], Audience.ADMIN)).node();
            String index = Ancestors.graphIndex(args[1]);
            double baseline = median(() -> {
                try {
                    return connection.client().count(c -> c.index(index)).count();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            double implementers =
                    median(() -> graph.implementers(root, Audience.ADMIN).total());
            double chain =
                    median(() -> graph.chain(leaf, Audience.ADMIN).paths().size());
            double find = median(() -> graph.find(args[2], Audience.ADMIN));
            System.out.printf(Locale.ROOT, "%-34s %10s %8s%n", "request", "median ms", "ratio");
            row("count (baseline, 1 request)", baseline, baseline);
            row("find " + args[2] + " (1 request)", find, baseline);
            row(
                    "implementers, " + graph.implementers(root, Audience.ADMIN).total() + " nodes (1 request)",
                    implementers,
                    baseline);
            row("chain, " + graph.chain(leaf, Audience.ADMIN).paths().size() + " paths (1 request)", chain, baseline);
        }
    }

    private static void row(String name, double ms, double baseline) {
        System.out.printf(Locale.ROOT, "%-34s %10.1f %8.2f%n", name, ms, ms / baseline);
    }

    private static double median(Supplier<Object> run) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
