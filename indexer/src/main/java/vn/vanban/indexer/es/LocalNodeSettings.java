package vn.vanban.indexer.es;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how the managed local node runs.
 *
 * @param home folder holding the unpacked distribution ({@code dist/}) and one folder per port
 *     ({@code nodes/PORT/} with {@code data}, {@code logs}, {@code config})
 * @param port HTTP port, bound to 127.0.0.1 only
 * @param heapMin initial heap, e.g. {@code 512m}
 * @param heapMax maximum heap, e.g. {@code 1g}
 * @param distributionZip the {@code integ-test-zip} distribution of Elasticsearch
 * @param serviceUser the account the node runs under when the caller is root (Elasticsearch refuses
 *     root)
 */
public record LocalNodeSettings(
        Path home, int port, String heapMin, String heapMax, Path distributionZip, String serviceUser) {

    public static final String ES_VERSION = "8.19.21";
    public static final int DEFAULT_PORT = 9200;

    public LocalNodeSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        if (!heapMin.matches("\\d+[kmgKMG]") || !heapMax.matches("\\d+[kmgKMG]")) {
            throw new IllegalArgumentException("heap sizes look like 512m or 1g, were " + heapMin + " / " + heapMax);
        }
    }

    public LocalNodeSettings withPort(int newPort) {
        return new LocalNodeSettings(home, newPort, heapMin, heapMax, distributionZip, serviceUser);
    }

    public LocalNodeSettings withHome(Path newHome) {
        return new LocalNodeSettings(newHome, port, heapMin, heapMax, distributionZip, serviceUser);
    }

    public LocalNodeSettings withHeap(String min, String max) {
        return new LocalNodeSettings(home, port, min, max, distributionZip, serviceUser);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Defaults, overridden by system properties ({@code vanban.home}, {@code vanban.es.port},
     * {@code vanban.es.heap.min}, {@code vanban.es.heap.max}, {@code vanban.es.distribution}) or
     * environment variables ({@code VANBAN_HOME}, {@code VANBAN_ES_PORT}, {@code VANBAN_ES_HEAP_MIN},
     * {@code VANBAN_ES_HEAP_MAX}, {@code VANBAN_ES_DISTRIBUTION}).
     */
    public static LocalNodeSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static LocalNodeSettings fromEnvironment(Map<String, String> env) {
        Path home = setting("vanban.home", env).map(Path::of).orElseGet(() -> defaultHome(env, Processes.isRoot()));
        int port = setting("vanban.es.port", env).map(Integer::parseInt).orElse(DEFAULT_PORT);
        String heapMin = setting("vanban.es.heap.min", env).orElse("512m");
        String heapMax = setting("vanban.es.heap.max", env).orElse("1g");
        Path zip = setting("vanban.es.distribution", env).map(Path::of).orElseGet(() -> defaultDistribution(env));
        String user = setting("vanban.es.user", env).orElse("nobody");
        return new LocalNodeSettings(home.toAbsolutePath(), port, heapMin, heapMax, zip.toAbsolutePath(), user);
    }

    private static Optional<String> setting(String property, Map<String, String> env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = env.get(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip);
    }

    /**
     * As root the node runs as an unprivileged account that cannot enter /root, so its files live
     * under /var/lib; otherwise in the user's XDG data folder.
     */
    static Path defaultHome(Map<String, String> env, boolean root) {
        if (root) {
            return Path.of("/var/lib/vanban");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("vanban");
    }

    /** The Maven build resolves the distribution into the local repository; look there first. */
    static Path defaultDistribution(Map<String, String> env) {
        String relative = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + ES_VERSION
                + "/elasticsearch-" + ES_VERSION + ".zip";
        String repo = System.getProperty("maven.repo.local");
        Path inRepo = repo != null && !repo.isBlank()
                ? Path.of(repo, relative)
                : Path.of(System.getProperty("user.home"), ".m2", "repository", relative);
        if (Files.isRegularFile(inRepo)) {
            return inRepo;
        }
        // Beside indexer.jar: the build also copies it to indexer/target/es/.
        Path besideJar = Jars.folderOf(LocalNodeSettings.class).resolve("es").resolve(inRepo.getFileName());
        return Files.isRegularFile(besideJar) ? besideJar : inRepo;
    }
}
