package vn.vanban.indexer.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Where the tesseract binary is, and whether it can read the configured language. Checked once per
 * extractor: an image-only document must never pass as an empty OK document because OCR was
 * silently missing.
 *
 * @param directory the directory holding the binary (Tika's {@code tesseractPath}); null when absent
 * @param tessdata the language data directory the binary reported, or null when it did not say
 * @param unavailable why OCR cannot run, or null when it can
 */
record Tesseract(
        @Nullable Path directory,
        @Nullable Path tessdata,
        @Nullable String unavailable) {

    // First line of "tesseract --list-langs": List of available languages in "/usr/share/…/tessdata/" (3):
    private static final java.util.regex.Pattern TESSDATA =
            java.util.regex.Pattern.compile("languages in \"([^\"]+)\"");

    static Tesseract disabled() {
        return new Tesseract(null, null, "OCR disabled by configuration");
    }

    static Tesseract locate(@Nullable Path configured, String language) {
        Path binary = configured != null ? binaryAt(configured) : onPath();
        if (binary == null) {
            return new Tesseract(
                    null,
                    null,
                    configured != null ? "tesseract not found at " + configured : "tesseract not found on the PATH");
        }
        String languages = listLanguages(binary);
        for (String wanted : language.split("\\+")) {
            if (!languages.lines().map(String::strip).toList().contains(wanted)) {
                return new Tesseract(null, null, "tesseract language '" + wanted + "' not installed (" + binary + ")");
            }
        }
        // Tika would otherwise look for the language data beside the binary (<tesseractPath>/tessdata).
        java.util.regex.Matcher tessdata = TESSDATA.matcher(languages);
        return new Tesseract(
                binary.toAbsolutePath().getParent(), tessdata.find() ? Path.of(tessdata.group(1)) : null, null);
    }

    boolean available() {
        return unavailable == null;
    }

    private static @Nullable Path binaryAt(Path configured) {
        Path candidate = Files.isDirectory(configured) ? configured.resolve("tesseract") : configured;
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate) ? candidate : null;
    }

    private static @Nullable Path onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path found = binaryAt(Path.of(dir));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String listLanguages(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
