package vn.vanban.indexer.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Expands the command line's paths: files, folders (recursively, in name order) and zip archives. */
final class InputFiles {

    /** A path that could not be listed; reported as a failed file. */
    record Unreadable(String path, String error) {}

    private InputFiles() {}

    static List<InputFile> expand(List<Path> paths, List<Unreadable> unreadable) {
        List<InputFile> out = new ArrayList<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            try {
                if (Files.isDirectory(p)) {
                    List<Path> files = new ArrayList<>();
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()
                                    && !sidecar(file.getFileName().toString())) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            unreadable.add(new Unreadable(file.toString(), "cannot read: " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                    files.sort(null);
                    for (Path f : files) {
                        add(f, out, unreadable);
                    }
                } else if (Files.isRegularFile(p)) {
                    add(p, out, unreadable);
                } else {
                    unreadable.add(new Unreadable(p.toString(), "no such file or folder"));
                }
            } catch (IOException e) {
                unreadable.add(new Unreadable(p.toString(), "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Hidden files, and the ground truth the demo corpus generator and the labelled fixtures keep
     * beside each document ({@code *.expected.json}, {@code manifest.json}): metadata, not documents.
     */
    static boolean sidecar(String name) {
        return name.startsWith(".") || name.endsWith(".expected.json") || name.equals("manifest.json");
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
                    if (e.isDirectory() || base.startsWith(".") || name.startsWith("__MACOSX/")) {
                        continue;
                    }
                    inZip.add(new InputFile(file + "!/" + name, file, name, Math.max(0, e.getSize()), e.getTime()));
                }
                inZip.sort((a, b) -> a.path().compareTo(b.path()));
                out.addAll(inZip);
            } catch (IOException e) {
                unreadable.add(new Unreadable(file.toString(), "not a readable zip archive: " + e.getMessage()));
            }
            return;
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        out.add(new InputFile(
                file.toString(),
                file,
                null,
                attrs.size(),
                attrs.lastModifiedTime().toMillis()));
    }
}
