package vn.vanban.indexer.es;

import java.net.URISyntaxException;
import java.nio.file.Path;

final class Jars {

    private Jars() {}

    /** The folder holding the jar (or classes folder) a class was loaded from. */
    static Path folderOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Path.of(".");
            }
            Path location = Path.of(source.getLocation().toURI());
            Path parent = location.getParent();
            return parent == null ? location : parent;
        } catch (URISyntaxException | SecurityException e) {
            return Path.of(".");
        }
    }
}
