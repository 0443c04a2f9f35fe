package vn.vanban.backend.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
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
 */
@Service
public class UploadService {

    private final DocumentIndex index;
    private final FileStore store;
    private final EsConnection connection;

    UploadService(DocumentIndex index, FileStore store, EsConnection connection) {
        this.index = index;
        this.store = store;
        this.connection = connection;
    }

    /**
     * Ingests these files (already on disk); the report lists every file with its status and error.
     *
     * @param visibility of the documents that carry no mark of their own, chosen per upload as
     *     {@code ingest --visibility} is per run ("Lưu hành nội bộ" in a text still makes it INTERNAL)
     */
    public IngestReport ingest(List<Path> files, Visibility visibility) {
        index.ensureExists();
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        Path journalDir;
        try {
            // A journal per batch: an upload is not resumed, it is sent again.
            journalDir = Files.createTempDirectory("vanban-upload-journal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IngestReport report;
        try (Journal journal = Journal.open(journalDir.resolve("journal"), index.instanceId())) {
            report = new IngestPipeline(
                            index,
                            new StandardDocumentReader(extractor),
                            extractor,
                            store,
                            journal,
                            IngestSettings.defaults().withReaders(1).withVisibility(visibility),
                            connection.endpoint().url())
                    .run(files);
        }
        if (report.aborted() == null) {
            new Ancestors(index).refresh();
        }
        return report;
    }
}
