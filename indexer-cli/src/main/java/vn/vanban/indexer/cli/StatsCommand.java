package vn.vanban.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.index.GraphCheck;
import vn.vanban.indexer.index.IndexStats;
import vn.vanban.indexer.library.Library;

@Command(
        name = "stats",
        description = "Thống kê chỉ mục / Counts by type, level and status; unresolved and ambiguous citations."
                + " Exit 4 when the index (alias) does not exist.")
final class StatsCommand implements Callable<Integer> {

    /** Exit code when the alias names no index (1 is any other failure, e.g. Elasticsearch not answering). */
    static final int NO_SUCH_INDEX = 4;

    @Option(names = "--json", description = "One JSON object (the CLI contract).")
    boolean json;

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions indexOptions = new IndexOptions();

    @Mixin
    AudienceOption audience = new AudienceOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (EsConnection connection = es.connect()) {
            Library library = new Library(connection.client(), indexOptions.alias);
            if (library.index().currentIndex().isEmpty()) {
                // Counting would create the index and print zeros, as if it existed and were empty.
                PrintWriter err = spec.commandLine().getErr();
                err.printf(
                        "LỖI/ERROR indexer stats: chỉ mục '%1$s' không tồn tại / the index (alias) '%1$s' does not"
                                + " exist at %2$s; check --alias, or ingest into it first (indexer ingest PATH"
                                + " --alias %1$s)%n",
                        indexOptions.alias, connection.endpoint().url());
                err.flush();
                return NO_SUCH_INDEX;
            }
            IndexStats s = library.stats().stats(audience.audience);
            if (json) {
                Map<String, Object> m = asJson(s);
                GraphCheck.Report check = library.index().check();
                m.put("suspectedDuplicates", check.suspectedDuplicates().size());
                m.put("bareWordIssuers", check.bareIssuers().size());
                // Additive: present only while the graph misses a change (GraphState).
                library.stats().staleGraph().ifPresent(stale -> m.put("graphStale", stale));
                out.println(new ObjectMapper().writeValueAsString(m));
            } else {
                out.printf("%-28s %10d%n", "Văn bản / documents", s.documents());
                out.printf("%-28s %10d%n", "Chỉ được dẫn / cited only", s.citedOnly());
                out.printf("%-28s %10d%n", "Trích dẫn / citations", s.citations());
                out.printf("%-28s %10d%n", "  chưa xác định / unresolved", s.unresolved());
                out.printf("%-28s %10d%n", "  nhập nhằng / ambiguous", s.ambiguous());
                out.println("Theo loại / by type:");
                s.byType().forEach((k, v) -> out.printf("  %-26s %10d%n", k, v));
                out.println("Theo cấp / by level:");
                s.byLevel().forEach((k, v) -> out.printf("  %-26s %10d%n", k, v));
                library.stats()
                        .staleGraph()
                        .ifPresent(stale -> out.printf(
                                "Đồ thị cần dựng lại / graph stale since %s (%s): rebuilt at the next chain or"
                                        + " implementers read%n",
                                stale.since(), stale.reason()));
            }
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> asJson(IndexStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", s.documents());
        m.put("citedOnly", s.citedOnly());
        m.put("citations", s.citations());
        m.put("unresolved", s.unresolved());
        m.put("ambiguous", s.ambiguous());
        m.put("byType", new java.util.TreeMap<>(s.byType()));
        m.put("byLevel", new java.util.TreeMap<>(s.byLevel()));
        return m;
    }
}
