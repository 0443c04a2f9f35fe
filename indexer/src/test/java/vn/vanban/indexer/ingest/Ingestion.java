package vn.vanban.indexer.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

/** Runs the real pipeline (Tika extraction + the standard parser) in tests, as the CLI does. */
final class Ingestion {

    private Ingestion() {}

    static IngestReport run(DocumentIndex index, Path home, String journalName, List<Path> paths) {
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        try (Journal journal = Journal.open(home.resolve(journalName), index.instanceId())) {
            IngestPipeline pipeline = new IngestPipeline(
                    index,
                    new StandardDocumentReader(extractor),
                    extractor,
                    new FileStore(home.resolve("store")),
                    journal,
                    IngestSettings.defaults().withGiveUpAfter(Duration.ofSeconds(30)),
                    TestElasticsearch.url());
            IngestReport report = pipeline.run(paths);
            index.refresh();
            return report;
        }
    }
}
