package vn.vanban.indexer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeException;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.es.NodeStatus;

@Command(name = "es", description = "Nút Elasticsearch cục bộ / The local Elasticsearch node: start | stop | status.")
final class EsCommand implements Callable<Integer> {

    enum Action {
        start,
        stop,
        status
    }

    @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop or status")
    Action action = Action.status;

    @Mixin
    EsOptions es = new EsOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalNodeSettings settings = es.localSettings();
        try {
            switch (action) {
                case start -> {
                    LocalNode node = LocalNode.start(settings, LocalNode.Lifecycle.DETACHED);
                    out.printf(
                            "Elasticsearch %s: %s (dữ liệu/data: %s, nhật ký/log: %s)%n",
                            node.startedHere() ? "started" : "already running",
                            node.url(),
                            LocalNode.status(settings).dataDir(),
                            node.logFile());
                }
                case stop ->
                    out.println(
                            LocalNode.stop(settings)
                                    ? "Elasticsearch stopped on " + settings.url()
                                    : "No local node started by vanban runs on " + settings.url());
                case status -> {
                    NodeStatus status = LocalNode.status(settings);
                    out.println(new ObjectMapper().writeValueAsString(status));
                    return status.running() ? 0 : 3;
                }
            }
            return 0;
        } catch (LocalNodeException | JsonProcessingException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
