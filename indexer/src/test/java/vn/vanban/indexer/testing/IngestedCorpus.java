package vn.vanban.indexer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.TextFacts;
import vn.vanban.indexer.parse.StandardDocumentReader;

/**
 * A folder of written files (a generated scenario) ingested into a fresh index of the test node
 * through the real extraction and parser, the graph refreshed, as {@code indexer ingest} does: the
 * fixture the follow-up ITs of the CLI and of the REST API share.
 */
public final class IngestedCorpus {

    private IngestedCorpus() {}

    /**
     * @param work a folder for the journal and the file store ({@code work/store})
     * @return the index, every file ingested (asserted) and searchable
     */
    public static DocumentIndex ingest(Path corpus, Path work, String alias) throws IOException {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), alias);
        try (Journal journal = Journal.open(work.resolve("journal"), index.instanceId())) {
            IngestReport report = new IngestPipeline(
                            index,
                            new StandardDocumentReader(Extractors.standard()),
                            TextFacts.UNKNOWN,
                            new FileStore(work.resolve("store")),
                            journal,
                            IngestSettings.defaults(),
                            TestElasticsearch.url())
                    .run(List.of(corpus));
            assertThat(report.allOk()).as("%s", report.files()).isTrue();
        }
        new Ancestors(index).refresh();
        index.refresh();
        return index;
    }
}
