package vn.vanban.indexer.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File names as the file system holds them: bytes. Java turns a name into a {@code String} with the
 * locale's charset ({@code sun.jnu.encoding}): under {@code LANG=C} every Vietnamese letter becomes
 * U+FFFD, and a name that is not valid UTF-8 loses its bytes under any locale, so the name reported
 * could not be told apart from another or typed again. A {@link Path} met while listing a folder
 * keeps the bytes, and its {@code file:} URI carries them percent-encoded whatever the locale; that
 * is the way to them without the JDK's internals.
 */
public final class FileNames {

    private static final boolean NATIVE_UTF8 = Charset.forName(
                    System.getProperty("sun.jnu.encoding", "UTF-8"), StandardCharsets.UTF_8)
            .equals(StandardCharsets.UTF_8);

    private FileNames() {}

    /**
     * The path for people and reports: its bytes read as UTF-8, with what is not UTF-8 or not
     * printable escaped ({@code \xff}, {@code \x1b}) and a backslash doubled, so two different names
     * never read the same.
     */
    public static String display(Path path) {
        String s = path.toString();
        if (s.isEmpty()) {
            return s;
        }
        if (NATIVE_UTF8 && printable(s)) {
            return s; // the common case: the String is the bytes decoded, nothing was lost
        }
        return escape(bytes(path));
    }

    /** The bytes of a path's name on disk (absolute when the path is). */
    static byte[] bytes(Path path) {
        Path absolute = path.toAbsolutePath();
        String raw = absolute.toUri().getRawPath();
        // toUri() marks an existing folder with a trailing '/', which is not part of its name.
        if (raw.length() > 1 && raw.endsWith("/") && !absolute.toString().endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        byte[] bytes = percentDecode(raw);
        if (path.isAbsolute()) {
            return bytes;
        }
        byte[] base = percentDecode(rawDir(absolute, path));
        byte[] out = new byte[bytes.length - base.length];
        System.arraycopy(bytes, base.length, out, 0, out.length);
        return out;
    }

    /** The part of the absolute form that the working folder added to a relative path. */
    private static String rawDir(Path absolute, Path relative) {
        Path dir = absolute;
        for (int i = 0; i < relative.getNameCount(); i++) {
            dir = dir.getParent();
        }
        String raw = dir.toUri().getRawPath();
        return raw.endsWith("/") ? raw : raw + "/";
    }

    /**
     * The path with exactly these bytes as its name, whatever the locale; a relative name is taken in
     * {@code dir}.
     */
    public static Path fromBytes(byte[] name, Path dir) {
        byte[] full = name;
        if (name.length == 0 || name[0] != '/') {
            byte[] base = bytes(dir.toAbsolutePath());
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(base);
            if (base.length == 0 || base[base.length - 1] != '/') {
                joined.write('/');
            }
            joined.writeBytes(name);
            full = joined.toByteArray();
        }
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : full) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return Path.of(URI.create(uri.toString())).normalize();
    }

    /** The bytes as UTF-8 where they are, {@code \xNN} where they are not, control characters escaped. */
    public static String escape(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StringBuilder s = new StringBuilder(bytes.length + 8);
        while (in.hasRemaining()) {
            CoderResult r = decoder.decode(in, out, true);
            out.flip();
            appendEscaped(s, out);
            out.clear();
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    hex(s, in.get());
                }
            } else if (r.isUnderflow()) {
                break;
            }
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            // nothing buffered: UTF-8 has no state to flush
        }
        out.flip();
        appendEscaped(s, out);
        return s.toString();
    }

    private static void appendEscaped(StringBuilder s, CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\') {
                s.append("\\\\");
            } else if (c < 0x20 || c == 0x7f) {
                hex(s, (byte) c);
            } else {
                s.append(c);
            }
        }
    }

    private static void hex(StringBuilder s, byte b) {
        s.append("\\x").append(String.format(Locale.ROOT, "%02x", b & 0xff));
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                // URI's raw path is ASCII; a non-ASCII char would be from a URI built elsewhere.
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** The last name of the path (no folder), displayed as {@link #display(Path)} does. */
    static String displayName(Path path) {
        Path name = path.getFileName();
        return name == null ? display(path) : display(name);
    }
}
