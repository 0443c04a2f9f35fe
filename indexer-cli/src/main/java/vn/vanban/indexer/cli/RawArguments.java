package vn.vanban.indexer.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.indexer.ingest.FileNames;

/**
 * The command line's paths as the shell passed them: bytes. The JVM decodes {@code main}'s arguments
 * with the locale's charset, so under {@code LANG=C} a Vietnamese file name arrives as U+FFFD
 * characters that name no file (and {@code Path.of} refuses them), and a name that is not UTF-8 loses
 * its bytes under any locale. On Linux {@code /proc/self/cmdline} still holds the bytes: each argument
 * that Java decoded with a loss is read again from them (as UTF-8, with odd bytes escaped as {@code
 * \\xff}), and a path parameter names exactly those bytes.
 */
final class RawArguments {

    private final String[] args;
    private final Map<String, byte[]> rawByShown;

    private RawArguments(String[] args, Map<String, byte[]> rawByShown) {
        this.args = args;
        this.rawByShown = rawByShown;
    }

    /** For these {@code main} arguments; nothing changes where the bytes are not known. */
    static RawArguments of(String[] args) {
        return of(args, commandLine());
    }

    static RawArguments of(String[] args, List<byte[]> processArgs) {
        Map<String, byte[]> raw = match(args, processArgs);
        String[] shown = args.clone();
        Map<String, byte[]> rawByShown = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = raw.get(String.valueOf(i));
            if (bytes == null) {
                continue;
            }
            // The argument as it should have been decoded (UTF-8, odd bytes escaped): unique per byte
            // string, so picocli may convert it as often as it likes.
            shown[i] = FileNames.escape(bytes);
            rawByShown.put(shown[i], bytes);
            int eq = indexOf(bytes, (byte) '=');
            if (shown[i].startsWith("--") && eq > 0) {
                byte[] value = Arrays.copyOfRange(bytes, eq + 1, bytes.length);
                rawByShown.put(FileNames.escape(value), value); // --option=value: picocli converts the value
            }
        }
        return new RawArguments(shown, rawByShown);
    }

    /** The arguments to parse: those Java decoded with a loss replaced by their bytes read as UTF-8. */
    String[] args() {
        return args.clone();
    }

    /** The path an argument names: exactly its bytes when Java's decoding lost them. */
    Path path(String arg) {
        byte[] raw = rawByShown.get(arg);
        if (raw != null) {
            return FileNames.fromBytes(raw, workingFolder());
        }
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(
                    "'" + arg + "' is not a path this locale can name (" + e.getReason() + ")", e);
        }
    }

    /** The working folder with its bytes ({@code user.dir} is a decoded String, lossy under LANG=C). */
    private static Path workingFolder() {
        try {
            return Path.of("/proc/self/cwd").toRealPath();
        } catch (IOException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    /** The process's arguments as bytes, or an empty list where {@code /proc} is not there. */
    private static List<byte[]> commandLine() {
        try {
            byte[] all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<byte[]> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0) {
                    out.add(Arrays.copyOfRange(all, start, i));
                    start = i + 1;
                }
            }
            if (start < all.length) {
                out.add(Arrays.copyOfRange(all, start, all.length));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The bytes of every argument Java decoded with a loss, by its index. {@code main}'s arguments are
     * the last ones of the process's command line; when the two do not agree on their ASCII
     * characters (a launcher that rewrote them, tests calling {@code run} directly), nothing is matched.
     */
    static Map<String, byte[]> match(String[] args, List<byte[]> processArgs) {
        Map<String, byte[]> out = new HashMap<>();
        if (args.length == 0 || processArgs.size() < args.length) {
            return out;
        }
        Charset jnu = nativeCharset();
        List<byte[]> tail = processArgs.subList(processArgs.size() - args.length, processArgs.size());
        for (int i = 0; i < args.length; i++) {
            if (!ascii(args[i]).equals(ascii(new String(tail.get(i), StandardCharsets.ISO_8859_1)))) {
                return Map.of();
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!lossless(args[i], tail.get(i), jnu)) {
                out.put(String.valueOf(i), tail.get(i));
            }
        }
        return out;
    }

    private static boolean lossless(String arg, byte[] raw, Charset jnu) {
        try {
            return Arrays.equals(arg.getBytes(jnu), raw) && !arg.contains("\uFFFD");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Charset nativeCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The ASCII characters only: what every decoding keeps. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(c -> c < 0x80).forEach(c -> b.append((char) c));
        return b.toString();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
