package vn.vanban.indexer.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.EsEndpoint;
import vn.vanban.indexer.extract.ExtractionSettings;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.parse.StandardDocumentReader;

/**
 * The ingestion of {@link HostileInputIT} in a JVM of its own, started with a small {@code -Xmx}: the
 * test proves the heap bound by this process ending normally with its report written.
 *
 * <p>Arguments: ES_URL ALIAS HOME REPORT PATH...
 */
final class HostileIngest {

    private HostileIngest() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path home = Path.of(args[2]);
        List<Path> paths =
                java.util.Arrays.stream(args, 4, args.length).map(Path::of).toList();
        try (EsConnection connection = EsConnection.to(new EsEndpoint(url, null, null, null));
                // Its own extractor, closed at the end as an application closes it.
                RecordingExtractor extractor =
                        new RecordingExtractor(Extractors.create(ExtractionSettings.defaults()))) {
            DocumentIndex index = new DocumentIndex(connection.client(), args[1]);
            try (Journal journal = Journal.open(home.resolve("journal"), index.instanceId())) {
                IngestReport report = new IngestPipeline(
                                index,
                                new StandardDocumentReader(extractor),
                                extractor,
                                new FileStore(home.resolve("store")),
                                journal,
                                IngestSettings.defaults().withGiveUpAfter(Duration.ofSeconds(60)),
                                url)
                        .run(paths);
                report.write(Path.of(args[3]));
            }
        }
        Runtime heap = Runtime.getRuntime();
        System.out.println("heap: " + ((heap.totalMemory() - heap.freeMemory()) >> 20) + " MB used at the end of "
                + (heap.maxMemory() >> 20) + " MB");
    }
}
