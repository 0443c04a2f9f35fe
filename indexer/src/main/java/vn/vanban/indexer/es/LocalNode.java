package vn.vanban.indexer.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.file.PathUtils;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Sha256;

/**
 * The managed local Elasticsearch node: unpacks the distribution, installs our analysis plugin,
 * starts the node bound to 127.0.0.1, waits for it to be healthy and stops it.
 *
 * <p>Elasticsearch refuses to run as root, so a root caller starts it through {@code setpriv} as an
 * unprivileged account that owns the node's folders. A node already serving the port is reused when
 * it has our plugin and refused otherwise.
 */
public final class LocalNode implements AutoCloseable {

    /** How long the node lives. */
    public enum Lifecycle {
        /** Dies with this JVM, even when it is killed (parent-death signal): tests, the portal. */
        ATTACHED,
        /** Outlives this JVM, like {@code pg_ctl}: the CLI; {@link #stop(LocalNodeSettings)} ends it. */
        DETACHED
    }

    private static final String PLUGIN_RESOURCE = "/vn/vanban/indexer/es/analysis-vietnamese.zip";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /*
     * The parent-death signal fires when the *thread* that spawned the child ends, so attached nodes
     * are spawned from one thread that lives as long as the JVM.
     */
    private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "local-es-spawner");
        thread.setDaemon(true);
        return thread;
    });

    private final LocalNodeSettings settings;
    private final @Nullable Process process;
    private final @Nullable Thread shutdownHook;
    // A detached node is started here but not owned (process is null: close() leaves it running).
    private final boolean startedHere;

    private LocalNode(
            LocalNodeSettings settings, @Nullable Process process, @Nullable Thread shutdownHook, boolean startedHere) {
        this.settings = settings;
        this.process = process;
        this.shutdownHook = shutdownHook;
        this.startedHere = startedHere;
    }

    public String url() {
        return settings.url();
    }

    public LocalNodeSettings settings() {
        return settings;
    }

    /** True when this call started the node; false when it reused one already running. */
    public boolean startedHere() {
        return startedHere;
    }

    public Path logFile() {
        return logFile(settings);
    }

    /**
     * Reuses the node serving {@code settings.port()} when it has our plugin, otherwise prepares
     * and starts one, and returns once the cluster is yellow or green.
     *
     * @throws LocalNodeException naming the cause and the log file when that fails
     */
    public static LocalNode start(LocalNodeSettings settings, Lifecycle lifecycle) {
        NodeProbe probe = new NodeProbe(settings.port());
        restartIfPluginChanged(settings);
        Optional<LocalNode> reused = reuse(settings, probe);
        if (reused.isPresent()) {
            return reused.get();
        }
        try {
            Files.createDirectories(settings.home());
            try (FileChannel channel = FileChannel.open(
                            settings.home().resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                // Another JVM may have started it while we waited for the lock.
                reused = reuse(settings, probe);
                if (reused.isPresent()) {
                    return reused.get();
                }
                killStale(settings);
                Path dist = prepareDistribution(settings);
                Path nodeDir = prepareNodeDir(settings, dist);
                if (Processes.isRoot()) {
                    chown(
                            settings.home(),
                            settings.serviceUser(),
                            Set.of(settings.home().resolve(".lock")));
                }
                LocalNode node = launch(settings, dist, nodeDir, lifecycle, probe);
                Files.writeString(runningPluginFile(settings), sha256(pluginZip()) + "\n");
                return node;
            }
        } catch (IOException e) {
            throw new LocalNodeException(
                    "Cannot prepare the local Elasticsearch node in " + settings.home() + ": " + e.getMessage(), e);
        }
    }

    /** What answers on the port, and the pid the launcher recorded. */
    public static NodeStatus status(LocalNodeSettings settings) {
        NodeProbe probe = new NodeProbe(settings.port());
        Optional<String> health = probe.health();
        return new NodeStatus(
                settings.url(),
                health.isPresent(),
                health.isPresent() && probe.hasPlugin(),
                health.orElse(null),
                recordedPid(settings).orElse(null),
                nodeDir(settings).resolve("data"),
                logFile(settings));
    }

    /**
     * Stops the node the launcher started on this port (whichever JVM started it).
     *
     * @return false when no such node was running
     */
    public static boolean stop(LocalNodeSettings settings) {
        Optional<ProcessHandle> node = recordedNode(settings).filter(ProcessHandle::isAlive);
        if (node.isEmpty()) {
            return false;
        }
        terminate(node.get());
        deleteQuietly(pidFile(settings));
        return true;
    }

    /** Stops the node when this instance started it attached; a reused or detached node stays up. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook itself is running.
            }
        }
        stopProcess(settings, process);
    }

    private static Optional<LocalNode> reuse(LocalNodeSettings settings, NodeProbe probe) {
        if (probe.health().isEmpty()) {
            if (probe.portInUse() && recordedNode(settings).isEmpty()) {
                throw new LocalNodeException("Port " + settings.port() + " on 127.0.0.1 is taken by a program that is "
                        + "not Elasticsearch; choose another port (VANBAN_ES_PORT or --es-port).");
            }
            return Optional.empty();
        }
        if (!probe.hasPlugin()) {
            throw new LocalNodeException("The Elasticsearch node at " + settings.url() + " runs without the "
                    + NodeProbe.PLUGIN_NAME + " plugin, so Vietnamese analysis would be missing. Stop that node, "
                    + "choose another port (VANBAN_ES_PORT), or install the plugin in it.");
        }
        return Optional.of(new LocalNode(settings, null, null, false));
    }

    /** A node the launcher recorded that no longer answers (killed JVM, crashed start) is ended. */
    private static void killStale(LocalNodeSettings settings) {
        recordedNode(settings).ifPresent(LocalNode::terminate);
        deleteQuietly(pidFile(settings));
    }

    private static Path prepareDistribution(LocalNodeSettings settings) throws IOException {
        Path distRoot = settings.home().resolve("dist");
        Path dist = distRoot.resolve("elasticsearch-" + LocalNodeSettings.ES_VERSION);
        Path marker = dist.resolve(".vanban-unpacked");
        if (!Files.exists(marker)) {
            Path zip = settings.distributionZip();
            if (!Files.isRegularFile(zip)) {
                throw new LocalNodeException("The Elasticsearch distribution is missing: " + zip
                        + ". Build the project "
                        + "once (./mvnw -DskipTests package) or point VANBAN_ES_DISTRIBUTION at "
                        + "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + LocalNodeSettings.ES_VERSION
                        + ":zip.");
            }
            Path staging = Files.createTempDirectory(Files.createDirectories(distRoot), "unpack-");
            unzip(zip, staging);
            deleteRecursively(dist);
            Files.move(staging.resolve(dist.getFileName()), dist, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
            Files.writeString(marker, zip + "\n");
        }
        installPlugin(settings, dist);
        return dist;
    }

    private static void installPlugin(LocalNodeSettings settings, Path dist) throws IOException {
        byte[] plugin = pluginZip();
        String digest = sha256(plugin);
        Path installed = dist.resolve("plugins").resolve(NodeProbe.PLUGIN_NAME);
        // Beside plugins/, not in it: Elasticsearch takes every entry of plugins/ for a plugin.
        Path digestFile = dist.resolve(".vanban-" + NodeProbe.PLUGIN_NAME + ".sha256");
        if (Files.isDirectory(installed)
                && Files.exists(digestFile)
                && Files.readString(digestFile).strip().equals(digest)) {
            return;
        }
        deleteRecursively(installed);
        Path zip = Files.createTempFile(settings.home(), "plugin-", ".zip");
        try {
            Files.write(zip, plugin);
            Path log = settings.home().resolve("plugin-install.log");
            ProcessBuilder builder = new ProcessBuilder(
                            dist.resolve("bin/elasticsearch-plugin").toString(),
                            "install",
                            "--batch",
                            zip.toUri().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .directory(dist.toFile());
            builder.environment().putAll(javaEnvironment(dist.resolve("config")));
            Process install = builder.start();
            if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new LocalNodeException("Installing the " + NodeProbe.PLUGIN_NAME + " plugin failed; see " + log
                        + ":\n" + tail(log, 15));
            }
            Files.writeString(digestFile, digest + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while installing the plugin", e);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static byte[] pluginZip() throws IOException {
        String override = System.getProperty("vanban.es.plugin");
        if (override != null && !override.isBlank()) {
            return Files.readAllBytes(Path.of(override));
        }
        try (InputStream in = LocalNode.class.getResourceAsStream(PLUGIN_RESOURCE)) {
            if (in == null) {
                throw new LocalNodeException("The analysis-vietnamese plugin zip is not on the classpath ("
                        + PLUGIN_RESOURCE + "); build with ./mvnw package so the indexer embeds it.");
            }
            return in.readAllBytes();
        }
    }

    private static Path prepareNodeDir(LocalNodeSettings settings, Path dist) throws IOException {
        Path nodeDir = nodeDir(settings);
        Path config = nodeDir.resolve("config");
        for (String dir : List.of("data", "logs", "tmp", "config")) {
            Files.createDirectories(nodeDir.resolve(dir));
        }
        for (String file : List.of("jvm.options", "log4j2.properties")) {
            Files.copy(dist.resolve("config").resolve(file), config.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(config.resolve("jvm.options.d"));
        Files.writeString(
                config.resolve("jvm.options.d").resolve("heap.options"),
                "-Xms" + settings.heapMin() + "\n-Xmx" + settings.heapMax() + "\n");
        String yml = String.join(
                "\n",
                "# Written by the vanban launcher at every start; edits are overwritten.",
                "cluster.name: vanban-local",
                "node.name: vanban-" + settings.port(),
                "network.host: 127.0.0.1",
                "http.port: " + settings.port(),
                "discovery.type: single-node",
                "path.data: " + nodeDir.resolve("data"),
                "path.logs: " + nodeDir.resolve("logs"),
                // Loopback only and single user: the local node needs no TLS or users; an external
                // cluster (ELASTICSEARCH_URL) is where security is configured.
                "xpack.security.enabled: false",
                // A nearly full developer disk must not turn the indices read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        Files.writeString(config.resolve("elasticsearch.yml"), yml);
        return nodeDir;
    }

    private static LocalNode launch(
            LocalNodeSettings settings, Path dist, Path nodeDir, Lifecycle lifecycle, NodeProbe probe)
            throws IOException {
        List<String> command = new ArrayList<>();
        boolean setpriv = Processes.hasSetpriv();
        if (setpriv) {
            command.add("setpriv");
            if (Processes.isRoot()) {
                command.addAll(List.of(
                        "--reuid=" + settings.serviceUser(),
                        "--regid=" + primaryGroup(settings.serviceUser()),
                        "--clear-groups"));
            }
            if (lifecycle == Lifecycle.ATTACHED) {
                command.addAll(List.of("--pdeathsig", "SIGTERM"));
            }
            command.add("--");
        } else if (Processes.isRoot()) {
            throw new LocalNodeException("Elasticsearch refuses to run as root and setpriv (util-linux) is missing; "
                    + "run as a normal user or install util-linux.");
        }
        command.add(dist.resolve("bin/elasticsearch").toString());
        if (lifecycle == Lifecycle.DETACHED) {
            command.add("-d");
        }
        command.addAll(List.of("-p", pidFile(settings).toString()));

        Path launcherLog = nodeDir.resolve("logs").resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(nodeDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(launcherLog.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(javaEnvironment(nodeDir.resolve("config")));
        env.put("ES_TMPDIR", nodeDir.resolve("tmp").toString());
        env.remove("ES_JAVA_OPTS");

        Process process = spawn(builder, lifecycle);
        Thread hook = null;
        if (lifecycle == Lifecycle.ATTACHED) {
            hook = new Thread(() -> stopProcess(settings, process), "local-es-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            awaitHealthy(settings, process, lifecycle, probe);
        } catch (LocalNodeException e) {
            if (hook != null) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            stopProcess(settings, process);
            throw e;
        }
        if (!probe.hasPlugin()) {
            stopProcess(settings, process);
            throw new LocalNodeException("The node started but does not list the " + NodeProbe.PLUGIN_NAME
                    + " plugin; see " + logFile(settings));
        }
        return new LocalNode(settings, lifecycle == Lifecycle.ATTACHED ? process : null, hook, true);
    }

    private static Process spawn(ProcessBuilder builder, Lifecycle lifecycle) throws IOException {
        if (lifecycle == Lifecycle.DETACHED) {
            return builder.start();
        }
        try {
            return SPAWNER.submit(builder::start).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new LocalNodeException("Cannot start Elasticsearch: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while starting Elasticsearch", e);
        }
    }

    private static void awaitHealthy(
            LocalNodeSettings settings, Process process, Lifecycle lifecycle, NodeProbe probe) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> health = probe.health();
            if (health.isPresent() && !"red".equals(health.get())) {
                return;
            }
            // In detached mode the launcher process exits 0 once the node has daemonised.
            boolean launcherFailed =
                    !process.isAlive() && (lifecycle == Lifecycle.ATTACHED || process.exitValue() != 0);
            if (launcherFailed) {
                throw startFailure(settings, "the process exited with code " + process.exitValue());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalNodeException("Interrupted while waiting for Elasticsearch", e);
            }
        }
        throw startFailure(settings, "it was not healthy after " + START_TIMEOUT.toSeconds() + " s");
    }

    private static LocalNodeException startFailure(LocalNodeSettings settings, String what) {
        Path launcherLog = nodeDir(settings).resolve("logs").resolve("launcher.log");
        String log = tail(launcherLog, 40) + "\n" + tail(logFile(settings), 40);
        String hint;
        if (log.contains("BindException") || log.contains("Address already in use")) {
            hint = "port " + settings.port() + " (or the transport port) is taken; choose another with VANBAN_ES_PORT.";
        } else if (log.contains("insufficient memory for the Java Runtime")
                || log.contains("Cannot allocate memory")
                || log.contains("java.lang.OutOfMemoryError")) {
            hint = "too little memory for a heap of " + settings.heapMax()
                    + "; lower VANBAN_ES_HEAP_MAX or free memory.";
        } else if (log.contains("UnsupportedClassVersionError") || log.contains("requires Java")) {
            hint = "this Java (" + System.getProperty("java.version") + ") cannot run Elasticsearch "
                    + LocalNodeSettings.ES_VERSION + "; use a JDK 21 or newer.";
        } else {
            hint = log.lines()
                    .filter(l -> l.contains("Exception") || l.contains("ERROR"))
                    .findFirst()
                    .map(String::strip)
                    .orElse("see the log.");
        }
        return new LocalNodeException("Elasticsearch did not start on " + settings.url() + ": " + what + "; " + hint
                + "\nLogs: " + launcherLog + " and " + logFile(settings) + "\n" + tail(launcherLog, 20));
    }

    private static void stopProcess(LocalNodeSettings settings, Process process) {
        // SIGTERM to the Elasticsearch CLI makes it shut the server down cleanly.
        Optional<ProcessHandle> server = recordedNode(settings);
        terminate(process.toHandle());
        server.ifPresent(LocalNode::terminate);
        deleteQuietly(pidFile(settings));
    }

    private static void terminate(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static Map<String, String> javaEnvironment(Path configDir) {
        // The integ-test distribution bundles no JDK: run it on ours (≥ 21, enforced by the build).
        return Map.of("ES_JAVA_HOME", System.getProperty("java.home"), "ES_PATH_CONF", configDir.toString());
    }

    static Path nodeDir(LocalNodeSettings settings) {
        return settings.home().resolve("nodes").resolve(Integer.toString(settings.port()));
    }

    static Path logFile(LocalNodeSettings settings) {
        return nodeDir(settings).resolve("logs").resolve("vanban-local.log");
    }

    /**
     * A node we started keeps the plugin it loaded at start; after a rebuild of the plugin it would
     * lack new components, so a node of ours that runs an older plugin is stopped and started again.
     */
    private static void restartIfPluginChanged(LocalNodeSettings settings) {
        try {
            Path running = runningPluginFile(settings);
            if (recordedNode(settings).isEmpty()) {
                return;
            }
            // No record: started by a launcher that did not keep one, so its plugin is unknown.
            if (!Files.exists(running) || !Files.readString(running).strip().equals(sha256(pluginZip()))) {
                stop(settings);
                Files.deleteIfExists(running);
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot compare the running node's plugin: " + e.getMessage(), e);
        }
    }

    private static Path runningPluginFile(LocalNodeSettings settings) {
        return nodeDir(settings).resolve("running-plugin.sha256");
    }

    private static Path pidFile(LocalNodeSettings settings) {
        return nodeDir(settings).resolve("logs").resolve("node.pid");
    }

    /**
     * The process the pid file names, only when it is still our Elasticsearch: the pid of a node that
     * died may since belong to any program (an editor, another user's database), which must never be
     * signalled. Ours runs Elasticsearch's main class from this home's distribution, and started before
     * the pid file was written (a recycled pid starts after it).
     */
    static Optional<ProcessHandle> recordedNode(LocalNodeSettings settings) {
        Optional<ProcessHandle> handle = recordedPid(settings).flatMap(ProcessHandle::of);
        if (handle.isEmpty()) {
            return handle;
        }
        String command = commandLine(handle.get());
        if (!command.contains("org.elasticsearch")
                || !command.contains(settings.home().toString())) {
            return Optional.empty();
        }
        Optional<java.time.Instant> started = handle.get().info().startInstant();
        try {
            java.time.Instant recorded =
                    Files.getLastModifiedTime(pidFile(settings)).toInstant().plusSeconds(5);
            if (started.isPresent() && started.get().isAfter(recorded)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return handle;
    }

    /** From /proc (readable for every user's process, unlike {@code ProcessHandle.Info} at times). */
    private static String commandLine(ProcessHandle handle) {
        try {
            return new String(
                            Files.readAllBytes(Path.of("/proc", Long.toString(handle.pid()), "cmdline")),
                            java.nio.charset.StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return handle.info().commandLine().orElse("");
        }
    }

    private static Optional<Long> recordedPid(LocalNodeSettings settings) {
        try {
            return Optional.of(
                    Long.parseLong(Files.readString(pidFile(settings)).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String primaryGroup(String user) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] fields = line.split(":");
                if (fields.length > 3 && fields[0].equals(user)) {
                    for (String group : Files.readAllLines(Path.of("/etc/group"))) {
                        String[] g = group.split(":");
                        if (g.length > 2 && g[2].equals(fields[3])) {
                            return g[0];
                        }
                    }
                    return fields[3];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new LocalNodeException("The account '" + user + "' the node should run as does not exist; set "
                + "VANBAN_ES_USER to an unprivileged account.");
    }

    private static void chown(Path root, String user, Set<Path> skip) throws IOException {
        UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(primaryGroup(user));
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                own(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!skip.contains(file)) {
                    own(file);
                }
                return FileVisitResult.CONTINUE;
            }

            private void own(Path path) throws IOException {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
                if (!view.getOwner().equals(owner)) {
                    view.setOwner(owner);
                    view.setGroup(group);
                }
            }
        });
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry);
                        OutputStream os = Files.newOutputStream(out)) {
                    in.transferTo(os);
                }
                // Java's zip reader drops the Unix modes; the scripts under bin/ must stay executable.
                if (out.getParent().getFileName().toString().equals("bin")) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
                    perms.addAll(Set.of(
                            PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(out, perms);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + file + ")";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A pid file we cannot delete is overwritten at the next start.
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
    }
}
