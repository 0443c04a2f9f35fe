package vn.vanban.indexer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The text files of a written folder (a generated corpus), in name order, so that runs repeat. */
public final class TextFiles {

    private TextFiles() {}

    /** The {@code .txt} files directly in {@code folder} (any case of the extension), sorted. */
    public static List<Path> in(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }
}
