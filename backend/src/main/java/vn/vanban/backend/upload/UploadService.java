package vn.vanban.backend.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.Sha256;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.RecordingExtractor;
import vn.vanban.indexer.parse.StandardDocumentReader;

/**
 * Ingests a batch of uploaded files the way {@code indexer ingest} does (one workflow: extraction,
 * parsing, indexing, then the graph refresh), so that a bad file is reported and the rest of the
 * batch is indexed. Callers check that the user is an administrator.
 *
 * <p>An upload that Elasticsearch interrupted is sent again whole. So that sending it again neither
 * loses nor repeats anything, each file is ingested under a path made of its content and its name
 * ({@code uploads/<sha256>/<name>} beside the store), not the temporary path the browser's upload
 * happened to get: the same file uploaded twice is the same file of the same document, as a file
 * ingested twice by the CLI from the same folder is.
 */
@Service
public class UploadService {

    /** A file received, and the name it had on the uploader's computer. */
    public record Upload(Path file, String name) {}

    private final DocumentIndex index;
    private final FileStore store;
    private final EsConnection connection;
    private final Duration giveUpAfter;

    UploadService(
            DocumentIndex index,
            FileStore store,
            EsConnection connection,
            @Value("${vanban.upload.give-up-after:PT60S}") Duration giveUpAfter) {
        this.index = index;
        this.store = store;
        this.connection = connection;
        this.giveUpAfter = giveUpAfter;
    }

    /** Ingests these files under their own names (see {@link #ingestUploads}). */
    public IngestReport ingest(List<Path> files, Visibility visibility) {
        List<Upload> uploads = new ArrayList<>();
        for (Path f : files) {
            uploads.add(new Upload(f, String.valueOf(f.getFileName())));
        }
        return ingestUploads(uploads, visibility);
    }

    /**
     * Ingests these files (already on disk); the report lists every file with its status and error,
     * under its upload path {@code …/uploads/<sha256>/<name>}.
     *
     * @param visibility of the documents that carry no mark of their own, chosen per upload as
     *     {@code ingest --visibility} is per run ("Lưu hành nội bộ" in a text still makes it INTERNAL)
     */
    public IngestReport ingestUploads(List<Upload> files, Visibility visibility) {
        index.ensureExists();
        List<Path> staged = stage(files);
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        Path journalDir;
        try {
            // A journal per batch: an upload is not resumed, it is sent again (and the staged paths make that safe).
            journalDir = Files.createTempDirectory("vanban-upload-journal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IngestReport report;
        // As an ingest of the CLI: the graph is marked stale before any document is written, and the
        // run holds the mark while it writes, so a reader's rebuild meanwhile does not clear it.
        GraphState.Run run = new GraphState(index, Clock.systemUTC()).begin("upload");
        try (run;
                Journal journal = Journal.open(journalDir.resolve("journal"), index.instanceId())) {
            run.beating();
            report = new IngestPipeline(
                            index,
                            new StandardDocumentReader(extractor),
                            extractor,
                            store,
                            journal,
                            IngestSettings.defaults()
                                    .withReaders(1)
                                    .withVisibility(visibility)
                                    .withGiveUpAfter(giveUpAfter),
                            connection.endpoint().url())
                    .run(staged);
        } finally {
            deleteQuietly(journalDir);
        }
        if (report.aborted() == null) {
            // After the run ended, so this refresh may clear the mark; a stopped upload leaves it for the
            // next read to rebuild the graph.
            new Ancestors(index).refresh();
        }
        return report;
    }

    /** Where uploads are staged: {@code uploads} beside the store ({@code $VANBAN_HOME/uploads}). */
    Path uploads() {
        return store.root().toAbsolutePath().resolveSibling("uploads");
    }

    private List<Path> stage(List<Upload> files) {
        List<Path> staged = new ArrayList<>();
        for (Upload u : files) {
            try {
                Path folder = uploads().resolve(Sha256.hex(u.file()));
                Path target;
                try {
                    target = folder.resolve(safeName(u.name()));
                } catch (InvalidPathException e) {
                    // A name this locale cannot write (LANG=C): the content's folder still tells it apart.
                    target = folder.resolve("tep" + extension(u.name()));
                }
                Files.createDirectories(folder);
                if (!target.equals(u.file())) {
                    Files.copy(u.file(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                staged.add(target);
            } catch (IOException e) {
                // The pipeline reports the file as unreadable, with the reason, as any other.
                staged.add(u.file());
            }
        }
        return staged;
    }

    /** The name without any folder part ({@code ../}, {@code C:\}) or control character. */
    public static String safeName(String uploaded) {
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "_");
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            name = "tep";
        }
        if (name.startsWith(".")) {
            name = "_" + name; // a hidden name is not read by the ingestion
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : "";
    }

    private static void deleteQuietly(Path dir) {
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            // a temporary folder left behind costs nothing the next batch needs
        }
    }
}
