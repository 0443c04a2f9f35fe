package vn.vanban.indexer.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Expands the command line's paths: files, folders (recursively, in name order) and zip archives.
 * Every path given or met on the way is either a file to read or a {@link Unreadable} with its reason
 * (symbolic links, FIFOs, hidden files, zip entries leaving the archive's folder), so nothing is
 * skipped without a trace. Only the ground truth beside generated documents is left out silently.
 */
final class InputFiles {

    /**
     * A path that is not read, with why: reported as {@code status} (FAILED, or SKIPPED for what is
     * not a document by design, such as a hidden file).
     */
    record Unreadable(String path, String error, FileResult.Status status) {
        Unreadable(String path, String error) {
            this(path, error, FileResult.Status.FAILED);
        }
    }

    private InputFiles() {}

    static List<InputFile> expand(List<Path> paths, List<Unreadable> unreadable) {
        List<InputFile> out = new ArrayList<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            try {
                if (Files.isSymbolicLink(p)) {
                    unreadable.add(skipped(p, "symbolic link: not followed (give its target instead)"));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    List<Path> files = new ArrayList<>();
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(p) && dir.getFileName().toString().startsWith(".")) {
                                unreadable.add(skipped(dir, "hidden folder (name starts with '.'): not read"));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (groundTruth(name)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String reason = notRead(name, attrs);
                            if (reason != null) {
                                unreadable.add(skipped(file, reason));
                            } else {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            unreadable.add(new Unreadable(FileNames.display(file), "cannot read: " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                    files.sort(null);
                    for (Path f : files) {
                        add(f, out, unreadable);
                    }
                } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    String reason = notRead(
                            p.getFileName().toString(),
                            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                    if (reason != null && !reason.startsWith("hidden")) {
                        unreadable.add(skipped(p, reason));
                    } else {
                        add(p, out, unreadable); // a hidden file named on the command line is wanted
                    }
                } else {
                    unreadable.add(new Unreadable(FileNames.display(p), "no such file or folder"));
                }
            } catch (IOException e) {
                unreadable.add(new Unreadable(FileNames.display(p), "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    /** Why a file met in a folder is not read, or null when it is read. */
    private static @org.jspecify.annotations.Nullable String notRead(String name, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "symbolic link: not followed (give its target instead)";
        }
        if (!attrs.isRegularFile()) {
            return "not a regular file (a FIFO, socket or device): not read";
        }
        if (name.startsWith(".")) {
            return "hidden file (name starts with '.'): not read";
        }
        return null;
    }

    private static Unreadable skipped(Path path, String reason) {
        return new Unreadable(FileNames.display(path), reason, FileResult.Status.SKIPPED);
    }

    /**
     * The ground truth the demo corpus generator and the labelled fixtures keep beside each document
     * ({@code *.expected.json}, {@code manifest.json}): metadata, not documents.
     */
    private static boolean groundTruth(String name) {
        return name.endsWith(".expected.json") || name.equals("manifest.json");
    }

    /** An entry that would land outside the archive's folder if unpacked: {@code ../x}, {@code /etc/x}. */
    static boolean escapes(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static void add(Path file, List<InputFile> out, List<Unreadable> unreadable) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                List<InputFile> inZip = new ArrayList<>();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    String name = e.getName();
                    String base = name.substring(name.lastIndexOf('/') + 1);
                    if (e.isDirectory() || name.startsWith("__MACOSX/")) {
                        continue;
                    }
                    String path = FileNames.display(file) + "!/" + name;
                    if (escapes(name)) {
                        unreadable.add(new Unreadable(
                                path, "zip entry name leaves the archive's folder (../ or absolute path): refused"));
                    } else if (base.startsWith(".")) {
                        unreadable.add(new Unreadable(
                                path, "hidden file (name starts with '.'): not read", FileResult.Status.SKIPPED));
                    } else {
                        inZip.add(new InputFile(path, file, name, Math.max(0, e.getSize()), e.getTime()));
                    }
                }
                inZip.sort((a, b) -> a.path().compareTo(b.path()));
                out.addAll(inZip);
            } catch (IOException e) {
                unreadable.add(
                        new Unreadable(FileNames.display(file), "not a readable zip archive: " + e.getMessage()));
            }
            return;
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        out.add(new InputFile(
                FileNames.display(file),
                file,
                null,
                attrs.size(),
                attrs.lastModifiedTime().toMillis()));
    }
}
