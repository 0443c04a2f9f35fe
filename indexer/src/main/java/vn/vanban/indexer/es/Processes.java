package vn.vanban.indexer.es;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the launcher needs to know about the operating system it runs on. */
final class Processes {

    private Processes() {}

    static boolean isRoot() {
        try {
            // /proc/self belongs to the effective user of this process.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** util-linux's setpriv: drops root and ties the node's life to ours (parent-death signal). */
    static boolean hasSetpriv() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "setpriv"))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/bin/setpriv"));
    }
}
