package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.GraphCheck;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * Identity at ingest (issue "Identity you can trust"): one plan of the Tỉnh ủy Quảng Ninh arrives as a
 * citation, as text and as an OCR'd scan whose header reads "TỈNH ỦY LÝ"; a ward plan of Cẩm Phả cites
 * its parents as "của Thành ủy" and "của Ủy ban nhân dân thành phố"; a Party cell under the Đảng bộ
 * Khối of An Giang cites "Kế hoạch số 35-KH/ĐUK của Đảng ủy Khối" (the real seed). One node per
 * document, and each chain reaches the directive through the right parents.
 *
 * <p>The scan is a text file whose extraction is marked OCR (no OCR engine on the build machine): what
 * the pipeline sees is the same as for a real scan — OCR'd text, misread words and all.
 */
class IdentityIngestIT {

    private static final String PLAN = "120-KH/TU~tinh-uy-quang-ninh~2022";
    private static final String CITY_PLAN = "179-KH/TU~thanh-uy-cam-pha~2022";
    private static final String CITY_UBND = "197/KH-UBND~ubnd-tp-cam-pha~2022";
    private static final String WARD_PLAN = "45-KH/DU~dang-uy-phuong-cam-thach~2022";
    private static final String BLOC_PLAN = "35-KH/DUK~dang-uy-khoi-co-quan-va-doanh-nghiep-tinh-an-giang~2022";

    @TempDir
    static Path dir;

    private static DocumentIndex index;
    private static GraphService graph;
    private static IngestReport scanReport;

    /** The same plan with the order reversed: the scan first, its text copy in a later run. */
    private static DocumentIndex scanFirst;

    private static IngestReport textAfterScanReport;

    @BeforeAll
    static void ingest() throws IOException {
        index = TestIndices.fresh(TestElasticsearch.client(), "it-identity");
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in, "kh-179-tu-cam-pha.txt", CITY_PLAN_TEXT);
        write(in, "kh-197-ubnd-cam-pha.txt", CITY_UBND_TEXT);
        write(in, "kh-45-du-cam-thach.txt", WARD_PLAN_TEXT);
        write(in, "kh-12-cb-so-cong-thuong.txt", CELL_PLAN_TEXT);
        Path seed = Path.of(System.getProperty("shared.dir", "../../shared"), "seeds", "000_d046981b7fe994df.txt");
        Files.copy(seed, in.resolve("kh-35-duk-an-giang.txt"));
        write(in, "kh-120-tu-quang-ninh.txt", PROVINCE_PLAN_TEXT);
        // First the citations and the text; then, in a later run, the scan of the same plan.
        assertThat(run("first", Files.list(in).sorted().toList()).allOk()).isTrue();
        Path scans = Files.createDirectories(dir.resolve("scans"));
        Path scan = write(scans, "kh-120-tu-quang-ninh-scan.txt", scanned(PROVINCE_PLAN_TEXT));
        scanReport = run("second", List.of(scan));
        assertThat(scanReport.allOk()).as("%s", scanReport.files()).isTrue();

        scanFirst = TestIndices.fresh(TestElasticsearch.client(), "it-identity-scan-first");
        assertThat(run(scanFirst, "scan-first", List.of(scan, in.resolve("kh-179-tu-cam-pha.txt")))
                        .allOk())
                .isTrue();
        textAfterScanReport = run(scanFirst, "text-after", List.of(in.resolve("kh-120-tu-quang-ninh.txt")));
        assertThat(textAfterScanReport.allOk())
                .as("%s", textAfterScanReport.files())
                .isTrue();
        new Ancestors(index).refresh();
        index.refresh();
        graph = new GraphService(index);
    }

    @Test
    void the_scan_with_a_misread_province_joins_its_text_copy() {
        // The scan was read as another organ's plan; it joined the text copy instead of becoming a node.
        assertThat(scanReport.files().getFirst().warning()).contains("read as 120-KH/TU~tinh-uy-ly~2022");
        assertThat(scanReport.files().getFirst().key()).isEqualTo(PLAN);
        assertThat(index.get("120-KH/TU~tinh-uy-ly~2022")).isEmpty();
        Map<String, Object> plan = index.get(PLAN).orElseThrow();
        assertThat(plan.get("status")).isEqualTo("INDEXED");
        assertThat((List<?>) plan.get("files")).hasSize(2);
        // The text copy keeps the metadata and the text: the scan's misread header does not win.
        assertThat(plan.get("issuer")).isEqualTo("Tỉnh ủy Quảng Ninh");
        assertThat(plan.get("ocr")).isEqualTo(false);
    }

    @Test
    void a_text_copy_ingested_after_its_misread_scan_takes_the_scan_into_its_own_node() {
        assertThat(textAfterScanReport.files().getFirst().key()).isEqualTo(PLAN);
        assertThat(textAfterScanReport.files().getFirst().warning()).contains("120-KH/TU~tinh-uy-ly~2022");
        assertThat(scanFirst.get("120-KH/TU~tinh-uy-ly~2022"))
                .as("the misread node")
                .isEmpty();
        Map<String, Object> plan = scanFirst.get(PLAN).orElseThrow();
        assertThat(plan.get("status")).isEqualTo("INDEXED");
        assertThat((List<?>) plan.get("files")).hasSize(2);
        assertThat(plan.get("issuer")).isEqualTo("Tỉnh ủy Quảng Ninh");
        assertThat(plan.get("ocr")).isEqualTo(false);
        assertThat(scanFirst.check().suspectedDuplicates()).isEmpty();
    }

    @Test
    void the_self_check_reports_a_scan_with_a_misread_header_word_beside_its_text_copy() throws IOException {
        // An index written before scans joined their text copies in either order: the text copy and the
        // scan under the misread key are two nodes whose keys share nothing but the number.
        DocumentIndex old = TestIndices.fresh(TestElasticsearch.client(), "it-identity-old-pair");
        Map<String, Object> text = index.get(PLAN).orElseThrow();
        Map<String, Object> misread = new java.util.HashMap<>(text);
        misread.put("key", "120-KH/TU~tinh-uy-ly~2022");
        misread.put("issuerKey", "tinh-uy-ly");
        misread.put("issuer", "Tỉnh ủy Lý");
        misread.put("ocr", true);
        misread.put("text", scanned(String.valueOf(text.get("text"))));
        Map<String, Object> other = new java.util.HashMap<>(text);
        other.put("key", "120-KH/TU~tinh-uy-an-giang~2022");
        other.put("issuerKey", "tinh-uy-an-giang");
        other.put("ocr", true);
        other.put(
                "text",
                "KẾ HOẠCH Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2022. Củng cố lực lượng xung kích ở"
                        + " các xã ven biển; kiểm tra đê điều, hồ đập trước mùa mưa bão; diễn tập sơ tán dân.");
        for (Map<String, Object> node : List.of(text, misread, other)) {
            TestElasticsearch.client()
                    .index(i ->
                            i.index(old.alias()).id((String) node.get("key")).document(node));
        }
        old.refresh();
        assertThat(old.check().suspectedDuplicates())
                .as("the scan of another text under the same number is not suspected")
                .singleElement()
                .satisfies(group -> assertThat(group).containsExactlyInAnyOrder(PLAN, "120-KH/TU~tinh-uy-ly~2022"));
    }

    @Test
    void a_citation_of_the_plan_and_the_plan_are_one_node() {
        Map<String, Object> city = index.get(CITY_PLAN).orElseThrow();
        assertThat(targets(city)).contains(PLAN);
    }

    @Test
    void the_ward_plan_reaches_the_directive_through_its_citys_party_and_state_plans() {
        Map<String, Object> ward = index.get(WARD_PLAN).orElseThrow();
        assertThat(targets(ward)).contains(CITY_PLAN, CITY_UBND);
        List<List<String>> paths = paths(WARD_PLAN);
        assertThat(paths).anySatisfy(p -> {
            assertThat(p).startsWith(WARD_PLAN, CITY_PLAN, PLAN).hasSize(4);
            assertThat(p.getLast()).startsWith("03-CT/TW~");
        });
        assertThat(paths).anySatisfy(p -> assertThat(p).startsWith(WARD_PLAN, CITY_UBND, CITY_PLAN, PLAN));
    }

    @Test
    void the_cell_plan_reaches_the_directive_through_its_dang_uy_khoi() {
        String cell = cellKey();
        assertThat(targets(index.get(cell).orElseThrow())).contains(BLOC_PLAN);
        assertThat(paths(cell))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.get(1)).isEqualTo(BLOC_PLAN))
                .allSatisfy(p -> assertThat(p.getLast()).startsWith("03-CT/TW~"));
    }

    @Test
    void the_self_check_finds_no_duplicate_and_no_bare_word_issuer() {
        GraphCheck.Report report = index.check();
        assertThat(report.suspectedDuplicates()).isEmpty();
        assertThat(report.bareIssuers()).isEmpty();
    }

    private static String cellKey() {
        return index.citing(BLOC_PLAN).stream()
                .filter(k -> k.startsWith("12-KH/CB~"))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> targets(Map<String, Object> doc) {
        return ((List<Map<String, Object>>) doc.get("citations"))
                .stream()
                        .map(c -> (String) c.get("targetKey"))
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toList());
    }

    private static List<List<String>> paths(String key) {
        GraphService.Lookup lookup = graph.find(key, Audience.ADMIN);
        assertThat(lookup).as(key).isInstanceOf(GraphService.Found.class);
        return graph.chain(((GraphService.Found) lookup).node(), Audience.ADMIN).paths().stream()
                .map(p -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(key), p.stream().map(GraphNode::key))
                        .distinct()
                        .toList())
                .toList();
    }

    private static IngestReport run(String journalName, List<Path> paths) {
        return run(index, journalName, paths);
    }

    private static IngestReport run(DocumentIndex index, String journalName, List<Path> paths) {
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        // The scan's extraction is marked OCR, as Tesseract's would be; every other fact is the extractor's.
        TextFacts facts = file -> {
            TextFacts.Fact fact = extractor.take(file);
            return file.getFileName().toString().contains("-scan") ? new TextFacts.Fact(true, fact.mediaType()) : fact;
        };
        try (Journal journal = Journal.open(dir.resolve(journalName), index.instanceId())) {
            IngestReport report = new IngestPipeline(
                            index,
                            new StandardDocumentReader(extractor),
                            facts,
                            new FileStore(dir.resolve("store")),
                            journal,
                            IngestSettings.defaults().withGiveUpAfter(Duration.ofSeconds(30)),
                            TestElasticsearch.url())
                    .run(paths);
            index.refresh();
            return report;
        }
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /** The plan as OCR reads its scan: the province in the header misread, a few body words garbled. */
    private static String scanned(String text) {
        return text.replace("TỈNH ỦY QUẢNG NINH", "TỈNH ỦY LÝ")
                .replace("tuyên truyền", "tuyên truyển")
                .replace("Cuộc vận động", "Cuộc vận đông")
                .replace("đảng viên", "đảng vỉên");
    }

    private static final String BODY = """
            I. MỤC ĐÍCH, YÊU CẦU

            1. Tạo chuyển biến sâu sắc về nhận thức và hành động của cán bộ, đảng viên và Nhân dân trong thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường, niềm tự hào dân tộc; xây dựng văn hóa tiêu dùng hàng Việt Nam.

            2. Việc tuyên truyền phải thiết thực, hiệu quả, gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương, tránh hình thức, lãng phí.

            II. NHIỆM VỤ VÀ GIẢI PHÁP

            1. Đẩy mạnh tuyên truyền về Cuộc vận động trên các phương tiện thông tin đại chúng, hệ thống thông tin cơ sở, trang thông tin điện tử và mạng xã hội.

            2. Các cấp ủy, tổ chức đảng đưa nội dung Cuộc vận động vào sinh hoạt chi bộ; cán bộ, đảng viên gương mẫu ưu tiên dùng hàng Việt Nam.

            III. TỔ CHỨC THỰC HIỆN

            Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, báo cáo kết quả trước ngày 15 tháng 12 hằng năm.
            """;

    private static final String PROVINCE_PLAN_TEXT = """
            ĐẢNG BỘ TỈNH QUẢNG NINH
            TỈNH ỦY QUẢNG NINH
            *
            Số 120-KH/TU                    ĐẢNG CỘNG SẢN VIỆT NAM

                                            Quảng Ninh, ngày 10 tháng 6 năm 2022

            KẾ HOẠCH
            thực hiện Chỉ thị số 03-CT/TW, ngày 19/5/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong tình hình mới

            Thực hiện Chỉ thị số 03-CT/TW, ngày 19/5/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong tình hình mới, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:

            """ + BODY;

    private static final String CITY_PLAN_TEXT = """
            ĐẢNG BỘ TỈNH QUẢNG NINH
            THÀNH ỦY CẨM PHẢ
            *
            Số 179-KH/TU                    ĐẢNG CỘNG SẢN VIỆT NAM

                                            Cẩm Phả, ngày 23 tháng 6 năm 2022

            KẾ HOẠCH
            đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư

            Thực hiện Kế hoạch số 120-KH/TU ngày 10/6/2022 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:

            """ + BODY.replace("địa phương", "thành phố");

    private static final String CITY_UBND_TEXT = """
            ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THÀNH PHỐ CẨM PHẢ               Độc lập - Tự do - Hạnh phúc

            Số: 197/KH-UBND                 Cẩm Phả, ngày 04 tháng 7 năm 2022

            KẾ HOẠCH
            Đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư

            Thực hiện Kế hoạch số 179-KH/TU ngày 23/6/2022 của Ban Thường vụ Thành ủy về việc đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, UBND thành phố xây dựng Kế hoạch cụ thể như sau:

            """ + BODY.replace("cấp ủy, tổ chức đảng", "phòng, ban, đơn vị");

    private static final String WARD_PLAN_TEXT = """
            ĐẢNG BỘ THÀNH PHỐ CẨM PHẢ
            ĐẢNG ỦY PHƯỜNG CẨM THẠCH
            *
            Số 45-KH/ĐU                     ĐẢNG CỘNG SẢN VIỆT NAM

                                            Cẩm Thạch, ngày 15 tháng 7 năm 2022

            KẾ HOẠCH
            tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư trên địa bàn phường

            Thực hiện Kế hoạch số 179-KH/TU của Thành ủy và Kế hoạch số 197/KH-UBND của Ủy ban nhân dân thành phố về đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:

            """ + BODY.replace("địa phương", "phường");

    private static final String CELL_PLAN_TEXT = """
            ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG
            CHI BỘ SỞ CÔNG THƯƠNG
            *
            Số 12-KH/CB                     ĐẢNG CỘNG SẢN VIỆT NAM

                                            An Giang, ngày 20 tháng 5 năm 2022

            KẾ HOẠCH
            thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư trong Chi bộ

            Thực hiện Kế hoạch số 35-KH/ĐUK của Đảng ủy Khối về tổ chức tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư, Chi bộ Sở Công Thương xây dựng Kế hoạch như sau:

            """ + BODY.replace("địa phương", "cơ quan");
}
