package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * An {@link Error} in a reader (the JVM's OutOfMemoryError on a file larger than the heap) used to
 * leave its file unfinished and the run waiting for ever. The JVM cannot be made to run out of memory
 * on cue, so the real reader is wrapped and the error thrown for one file, as the JVM would.
 */
class ReaderErrorIT {

    @TempDir
    Path dir;

    @Test
    void an_out_of_memory_error_in_a_reader_ends_that_file_and_the_run_goes_on() throws Exception {
        Path heavy = Files.writeString(dir.resolve("nang.txt"), HostileCorpus.plan(801, "", "Tệp nặng."));
        Path light = Files.writeString(dir.resolve("nhe.txt"), HostileCorpus.plan(802, "", "Tệp nhẹ."));
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-reader-error");
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        DocumentReader standard = new StandardDocumentReader(extractor);
        DocumentReader faulty = file -> {
            if (file.equals(heavy)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return standard.read(file);
        };

        IngestReport report;
        try (Journal journal = Journal.open(dir.resolve("journal"), index.instanceId())) {
            IngestPipeline pipeline = new IngestPipeline(
                    index,
                    faulty,
                    extractor,
                    new FileStore(dir.resolve("store")),
                    journal,
                    IngestSettings.defaults().withGiveUpAfter(Duration.ofSeconds(30)),
                    TestElasticsearch.url());
            // Far above the seconds the run takes: only the old endless wait reaches it.
            report = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> pipeline.run(List.of(heavy, light)));
        }

        assertThat(report.files()).hasSize(2);
        FileResult failed = report.files().stream()
                .filter(f -> f.path().equals(heavy.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(failed.error()).contains("not enough memory to read this file (Java heap space)");
        assertThat(report.files())
                .filteredOn(f -> f.path().equals(light.toString()))
                .singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FileResult.Status.INDEXED));
    }
}
