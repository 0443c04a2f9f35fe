package vn.vanban.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.GraphCheck;

@Command(
        name = "check",
        description =
                "Tự kiểm tra đồ thị / Self-check of the graph: suspected duplicate nodes, citations whose issuer is"
                        + " a bare word. Exit 0 when none, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions indexOptions = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (EsConnection connection = es.connect()) {
            DocumentIndex index = new DocumentIndex(connection.client(), indexOptions.alias);
            index.ensureExists();
            index.refresh();
            GraphCheck.Report report = index.check();
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(asJson(report)));
            spec.commandLine().getOut().flush();
            return report.clean() ? 0 : 1;
        }
    }

    /** {@code {"suspectedDuplicates": n, "bareWordIssuers": n, "duplicates": [[key, …]], "bareIssuers": […]}}. */
    static Map<String, Object> asJson(GraphCheck.Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suspectedDuplicates", report.suspectedDuplicates().size());
        m.put("bareWordIssuers", report.bareIssuers().size());
        m.put("duplicates", report.suspectedDuplicates());
        List<Map<String, Object>> bare = report.bareIssuers().stream()
                .map(b -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("key", b.key());
                    e.put("number", b.number());
                    e.put("issuer", b.issuer());
                    return e;
                })
                .toList();
        m.put("bareIssuers", bare);
        return m;
    }
}
