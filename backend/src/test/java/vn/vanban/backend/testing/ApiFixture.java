package vn.vanban.backend.testing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GroundTruthReader;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentKey;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.RecordingExtractor;
import vn.vanban.indexer.ingest.TextFacts;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * The index every API test reads, built once per test JVM on the real node: the seeds, the labelled
 * fixtures and the Cẩm Phả plan through the real extraction and parser; a generated corpus as its
 * ground truth reads; a document whose text holds {@code <script>}; and an INTERNAL document that
 * implements 03-CT/TW (written with {@code visibility} as the library branch will write it).
 */
public final class ApiFixture {

    public static final String ALIAS = "it-api";
    public static final String CT03 = "03-CT/TW~tw~2021";
    /** The INTERNAL document; its subject words appear nowhere else. */
    public static final String INTERNAL_KEY = "88-TB/VPTU~vptu-quang-ninh~2022";

    public static final String INTERNAL_WORDS = "hội nghị kín bàn nhân sự";
    public static final String SCRIPT_WORD = "alert";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture built;

    public final Path dir;
    public final Path store;
    public final JsonNode manifest;
    /** Generated file name → document key. */
    public final Map<String, String> keyOfFile;

    private ApiFixture(Path dir, JsonNode manifest, Map<String, String> keyOfFile) {
        this.dir = dir;
        this.store = dir.resolve("store");
        this.manifest = manifest;
        this.keyOfFile = keyOfFile;
    }

    public static synchronized ApiFixture get() {
        if (built == null) {
            try {
                built = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    public static Path shared() {
        return TestElasticsearch.sharedDir()
                .orElseThrow(() -> new IllegalStateException("../shared (seeds) is needed by the API tests"));
    }

    private static ApiFixture build() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();
        DocumentIndex index = TestIndices.fresh(client, ALIAS);
        Path dir = Files.createTempDirectory("vanban-api-it");
        FileStore store = new FileStore(dir.resolve("store"));

        List<Path> real = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(shared().resolve("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(real::add);
        }
        Path indexer =
                Path.of("..", "indexer", "src", "test", "resources", "fixtures").toAbsolutePath();
        try (Stream<Path> labelled = Files.list(indexer.resolve("labelled"))) {
            labelled.filter(p -> p.toString().matches(".*\\.(txt|docx|html)$"))
                    .sorted()
                    .forEach(real::add);
        }
        real.add(indexer.resolve("ingest").resolve("ke-hoach-179-KH-TU-thanh-uy-cam-pha.txt"));
        Path script = dir.resolve("thong-bao-script.txt");
        Files.writeString(script, """
                ỦY BAN NHÂN DÂN
                XÃ ĐỒNG TÂM
                Số: 77/TB-UBND
                Đồng Tâm, ngày 02 tháng 3 năm 2023
                THÔNG BÁO
                Về việc rà soát nội dung trang thông tin điện tử

                Trang thông tin của xã bị chèn đoạn mã <script>alert('xss')</script> vào mục tin tức.
                Bộ phận văn phòng gỡ bỏ đoạn mã và báo cáo kết quả.
                """);
        real.add(script);
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        IngestReport realReport =
                ingest(index, dir, "journal-real", new StandardDocumentReader(extractor), extractor, store, real);
        assertThat(realReport.files()).isNotEmpty();

        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(corpus, 300, 11, Set.of(Format.TXT));
        List<Path> generated;
        try (Stream<Path> files = Files.list(corpus)) {
            generated =
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        IngestReport corpusReport =
                ingest(index, dir, "journal-corpus", new GroundTruthReader(), TextFacts.UNKNOWN, store, generated);
        assertThat(corpusReport.allOk()).as("%s", corpusReport.files()).isTrue();

        writeInternal(client);
        new Ancestors(index).refresh();
        index.refresh();

        JsonNode manifest = JSON.readTree(corpus.resolve("manifest.json").toFile());
        Map<String, String> keyOfFile = new HashMap<>();
        for (JsonNode d : manifest.get("documents")) {
            String file = d.get("file").asText();
            JsonNode truth = JSON.readTree(
                    corpus.resolve(file.replace(".txt", ".expected.json")).toFile());
            keyOfFile.put(
                    file,
                    DocumentKey.of(
                                    truth.get("number").asText(),
                                    truth.get("issuer").asText(),
                                    LocalDate.parse(truth.get("date").asText()))
                            .orElseThrow()
                            .value());
        }
        return new ApiFixture(dir, manifest, Map.copyOf(keyOfFile));
    }

    private static IngestReport ingest(
            DocumentIndex index,
            Path dir,
            String journalName,
            DocumentReader reader,
            TextFacts facts,
            FileStore store,
            List<Path> paths) {
        try (Journal journal = Journal.open(dir.resolve(journalName), index.instanceId())) {
            return new IngestPipeline(
                            index, reader, facts, store, journal, IngestSettings.defaults(), TestElasticsearch.url())
                    .run(paths);
        }
    }

    private static void writeInternal(ElasticsearchClient client) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("key", INTERNAL_KEY);
        doc.put("status", "INDEXED");
        doc.put("number", "88-TB/VPTU");
        doc.put("numberKey", DocumentNumbers.key("88-TB/VPTU"));
        doc.put("type", Map.of("code", "TB", "name", "Thông báo"));
        doc.put("issuer", "Văn phòng Tỉnh ủy Quảng Ninh");
        doc.put("issuerSide", "PARTY");
        doc.put("issuerLevel", "PROVINCE");
        doc.put("province", "Quảng Ninh");
        doc.put("date", "2022-08-01");
        doc.put("year", 2022);
        doc.put("subject", "Thông báo kết luận " + INTERNAL_WORDS);
        doc.put(
                "text",
                "THÔNG BÁO\nThực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, " + INTERNAL_WORDS + ".");
        doc.put("visibility", "INTERNAL");
        doc.put("parents", List.of(CT03));
        doc.put("cites", List.of(CT03));
        doc.put(
                "citations",
                List.of(Map.of(
                        "index", 0,
                        "number", "03-CT/TW",
                        "numberKey", "03-CT/TW",
                        "relation", "IMPLEMENTS",
                        "resolution", "RESOLVED",
                        "targetKey", CT03)));
        client.index(i -> i.index(ALIAS).id(INTERNAL_KEY).document(doc).refresh(Refresh.True));
    }
}
