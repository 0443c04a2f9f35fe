package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.TextFacts;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * Builds small graphs through the real ingestion pipeline: each document is a file whose reading
 * returns the ParsedDocument the test wrote (so the graph does not depend on the parser), then the
 * ancestors are refreshed as {@code indexer ingest} does.
 */
public final class GraphFixture {

    public static final DocumentType KH = new DocumentType("KH", "Kế hoạch");
    public static final DocumentType CT = new DocumentType("CT", "Chỉ thị");

    /** The date of Chỉ thị 03-CT/TW of the Ban Bí thư, the directive most graphs hang from. */
    public static final LocalDate CT03_DATE = LocalDate.of(2021, 5, 19);

    /** The dates of the Cẩm Phả plans of the seeds ({@link #camPha179}, {@link #camPha197}). */
    public static final LocalDate D179 = LocalDate.of(2022, 6, 23);

    public static final LocalDate D197 = LocalDate.of(2022, 7, 4);

    private static final String THANH_UY_CAM_PHA = "Thành ủy Cẩm Phả";
    private static final String UBND_CAM_PHA = "UBND thành phố Cẩm Phả";

    private final DocumentIndex index;
    private final Path dir;
    private final Map<Path, ParsedDocument> docs = new ConcurrentHashMap<>();
    private int files;

    public GraphFixture(DocumentIndex index, Path dir) {
        this.index = index;
        this.dir = dir;
    }

    /** A fixture over a fresh index {@code alias} of the test node, its files in {@code dir}. */
    public static GraphFixture fresh(String alias, Path dir) throws IOException {
        return new GraphFixture(TestIndices.fresh(TestElasticsearch.client(), alias), dir);
    }

    /** A document as the parser would give it; its text holds the citations at their offsets. */
    public static ParsedDocument plan(
            String number,
            String issuer,
            IssuerSide side,
            IssuerLevel level,
            String province,
            @Nullable String district,
            @Nullable String commune,
            LocalDate date,
            List<Cite> cites) {
        StringBuilder text = new StringBuilder("KẾ HOẠCH\n");
        List<Citation> citations = new ArrayList<>();
        for (Cite c : cites) {
            text.append(c.lead());
            int start = text.length();
            text.append(c.text());
            citations.add(new Citation(
                    c.number(),
                    c.type(),
                    c.date(),
                    c.issuer(),
                    c.side(),
                    c.level(),
                    c.subject(),
                    c.relation(),
                    start,
                    text.length(),
                    c.text(),
                    null));
        }
        text.append(".\nI. MỤC ĐÍCH, YÊU CẦU\n");
        return new ParsedDocument(
                number + ".txt",
                DocumentStatus.OK,
                null,
                number,
                KH,
                issuer,
                null,
                side,
                level,
                province,
                district,
                commune,
                commune != null ? commune : district != null ? district : province,
                date,
                "Triển khai thực hiện Cuộc vận động",
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                citations,
                text.toString());
    }

    /** A citation printed after {@code lead} ("Thực hiện "). */
    public record Cite(
            String lead,
            String number,
            DocumentType type,
            @Nullable LocalDate date,
            String issuer,
            @Nullable String subject,
            Relation relation,
            @Nullable IssuerSide side,
            @Nullable IssuerLevel level) {

        /** A citation whose issuer's side and level the parser did not tell. */
        public Cite(
                String lead,
                String number,
                DocumentType type,
                @Nullable LocalDate date,
                String issuer,
                @Nullable String subject,
                Relation relation) {
            this(lead, number, type, date, issuer, subject, relation, null, null);
        }

        /** The same citation, its issuer's side and level told by the parser. */
        public Cite told(IssuerSide side, IssuerLevel level) {
            return new Cite(lead, number, type, date, issuer, subject, relation, side, level);
        }

        String text() {
            return type.name() + " số " + number
                    + (date == null
                            ? ""
                            : " ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear())
                    + " của " + issuer
                    + (subject == null ? "" : " về " + subject);
        }
    }

    /** The document marked "Lưu hành nội bộ" (INTERNAL), with its own subject. */
    public static ParsedDocument internal(ParsedDocument d, String subject) {
        return new ParsedDocument(
                d.file(),
                d.status(),
                d.error(),
                d.number(),
                d.type(),
                d.issuer(),
                d.parentOrgan(),
                d.issuerSide(),
                d.issuerLevel(),
                d.province(),
                d.district(),
                d.commune(),
                d.place(),
                d.date(),
                subject,
                d.signer(),
                d.signerPosition(),
                d.authority(),
                d.recipients(),
                d.sections(),
                List.of("Lưu hành nội bộ"),
                d.citations(),
                d.text() + "\n" + subject);
    }

    public static Cite implementsPlan(String number, String issuer, LocalDate date) {
        return new Cite(" Thực hiện ", number, KH, date, issuer, null, Relation.IMPLEMENTS);
    }

    public static Cite implementsDirective(String number, String issuer, LocalDate date) {
        return new Cite(" Thực hiện ", number, CT, date, issuer, null, Relation.IMPLEMENTS);
    }

    /** "Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư". */
    public static Cite implementsCt03() {
        return implementsDirective("03-CT/TW", "Ban Bí thư", CT03_DATE);
    }

    /**
     * The directive named in a subject, as the seed 197/KH-UBND names it after 179-KH/TU ("… về việc
     * đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW"): a mention.
     */
    public static Cite mentionsCt03() {
        return new Cite(
                " về việc đẩy mạnh tuyên truyền, triển khai thực hiện ",
                "03-CT/TW",
                CT,
                CT03_DATE,
                "Ban Bí thư",
                null,
                Relation.MENTIONS);
    }

    /** "Thực hiện Kế hoạch số 179-KH/TU … của Thành ủy Cẩm Phả". */
    public static Cite implementsCamPha179() {
        return implementsPlan("179-KH/TU", THANH_UY_CAM_PHA, D179);
    }

    /**
     * The seeds' Cẩm Phả chain, each document citing what the test gives: 179-KH/TU of the Thành ủy
     * Cẩm Phả (Party).
     */
    public static ParsedDocument camPha179(Cite... cites) {
        return camPha("179-KH/TU", THANH_UY_CAM_PHA, IssuerSide.PARTY, D179, cites);
    }

    /** 197/KH-UBND of the UBND thành phố Cẩm Phả (State). */
    public static ParsedDocument camPha197(Cite... cites) {
        return camPha("197/KH-UBND", UBND_CAM_PHA, IssuerSide.STATE, D197, cites);
    }

    /** A plan of the city of Cẩm Phả (district level, Quảng Ninh). */
    private static ParsedDocument camPha(String number, String issuer, IssuerSide side, LocalDate date, Cite... cites) {
        return plan(number, issuer, side, IssuerLevel.DISTRICT, "Quảng Ninh", "Cẩm Phả", null, date, List.of(cites));
    }

    /** 12/KH-UBND of the UBND phường Cẩm Trung (commune level), carrying out 197/KH-UBND. */
    public static ParsedDocument camTrung12() {
        return plan(
                "12/KH-UBND",
                "UBND phường Cẩm Trung",
                IssuerSide.STATE,
                IssuerLevel.COMMUNE,
                "Quảng Ninh",
                "Cẩm Phả",
                "Cẩm Trung",
                LocalDate.of(2022, 7, 20),
                List.of(implementsPlan("197/KH-UBND", UBND_CAM_PHA, D197)));
    }

    /** Ingests the documents (one pipeline run) and refreshes the ancestors. */
    public void ingest(ParsedDocument... documents) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (ParsedDocument d : documents) {
            Path file = dir.resolve("doc-" + (files++) + ".txt");
            Files.writeString(file, d.text() + "\n" + file.getFileName());
            docs.put(file, d);
            paths.add(file);
        }
        DocumentReader reader = file -> docs.get(file);
        try (Journal journal = Journal.open(dir.resolve("journal-" + files), index.instanceId())) {
            IngestReport report = new IngestPipeline(
                            index,
                            reader,
                            TextFacts.UNKNOWN,
                            new FileStore(dir.resolve("store")),
                            journal,
                            IngestSettings.defaults().withReaders(1),
                            TestElasticsearch.url())
                    .run(paths);
            assertThat(report.allOk()).as("%s", report.files()).isTrue();
        }
        new Ancestors(index).refresh();
    }
}
