package vn.vanban.indexer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.es.NodeStatus;

/**
 * A local node of one test's own, on {@code tests.es.port} + an offset ({@link
 * TestElasticsearch#nodeSettings}), for the tests that crash or stop Elasticsearch: killing or
 * stopping it leaves the shared test node alone. The node keeps its data between a kill and the
 * next start, as a crashed server does.
 */
public final class OwnNode {

    private final LocalNodeSettings settings;

    private OwnNode(LocalNodeSettings settings) {
        this.settings = settings;
    }

    /** The node on {@code tests.es.port + portOffset}, with a small heap: it runs beside the shared node. */
    public static OwnNode at(int portOffset) {
        return new OwnNode(TestElasticsearch.nodeSettings(portOffset).withHeap("512m", "512m"));
    }

    public LocalNodeSettings settings() {
        return settings;
    }

    public String url() {
        return settings.url();
    }

    /**
     * Starts the node, or reuses it when it runs, tied to this JVM's life; closing the connection
     * stops it. Also what brings the node back after {@link #kill()}.
     */
    public EsConnection start() {
        return start(LocalNode.Lifecycle.ATTACHED);
    }

    /**
     * Starts the node with {@code lifecycle}: {@link LocalNode.Lifecycle#DETACHED} when others than the
     * returned connection use it (an application context given its URL), the test then ending it with
     * {@link #stop()}.
     */
    public EsConnection start(LocalNode.Lifecycle lifecycle) {
        return EsConnection.open(null, settings, lifecycle);
    }

    /**
     * Kills the node's process (SIGKILL: a crash, not a clean stop, so no shutdown of any kind runs)
     * and waits until it is gone.
     */
    public void kill() {
        NodeStatus status = LocalNode.status(settings);
        Long pid = status.pid();
        if (pid == null) {
            throw new IllegalStateException("no node process recorded for " + settings.url());
        }
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("the node " + pid + " of " + settings.url() + " is gone"));
        process.destroyForcibly();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing the node of " + settings.url(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the node of " + settings.url() + " did not die", e);
        }
    }

    /**
     * Runs {@code work} and kills the node (as {@link #kill()}) once {@code alias} holds {@code
     * documents} documents, {@code work} still running: a crash in the middle of a write.
     *
     * @param client a client of this node
     * @return what {@code work} ended with once its node was gone
     */
    public <T> T killDuring(Supplier<T> work, ElasticsearchClient client, String alias, long documents)
            throws ExecutionException, InterruptedException {
        CompletableFuture<T> run = CompletableFuture.supplyAsync(work);
        await().atMost(Duration.ofMinutes(5)).until(() -> count(client, alias) >= documents || run.isDone());
        assertThat(run).as("the work must still be going when the node dies").isNotDone();
        kill();
        return run.get();
    }

    /** The documents of {@code alias}, 0 while it does not answer. */
    private static long count(ElasticsearchClient client, String alias) {
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Starts the node again on its data after {@link #kill()} or {@link #stop()}, as {@link #start()}. */
    public EsConnection restart() {
        return start();
    }

    /** Stops the node cleanly; true when one was running. */
    public boolean stop() {
        return LocalNode.stop(settings);
    }
}
