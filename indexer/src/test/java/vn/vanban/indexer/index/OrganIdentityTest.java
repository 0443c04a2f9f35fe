package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.parse.DocumentParser;

/**
 * One canonical organ identity behind every key: organ kind + the organ above it + locality. Every
 * spelling of one organ (a header with its parent line, a citation's full or short name, the
 * abbreviations, decomposed text, the old tone placement) gives the same issuer key.
 */
class OrganIdentityTest {

    private static final DocumentParser PARSER = new DocumentParser();

    /** An organ's name as a citation or a header prints it, and the key it must give. */
    private record Spelling(String how, String name, String key) {}

    private static Spelling name(String name, String key) {
        return new Spelling("name", name, key);
    }

    private static Spelling nfd(String name, String key) {
        return new Spelling("nfd", Normalizer.normalize(name, Normalizer.Form.NFD), key);
    }

    /** A header: parent line(s) then the issuer line, as the top-left block of a document prints them. */
    private static Spelling header(String lines, String key) {
        return new Spelling("header", lines, key);
    }

    /** A citation inside a document whose own header is {@code citingHeader}. */
    private static Spelling cited(String citingHeader, String citation, String key) {
        return new Spelling("cited|" + citingHeader, citation, key);
    }

    private static final String QN_DISTRICT = "ĐẢNG BỘ TỈNH QUẢNG NINH\nHUYỆN ỦY TIÊN YÊN";
    private static final String CP_WARD = "ĐẢNG BỘ THÀNH PHỐ CẨM PHẢ\nĐẢNG ỦY PHƯỜNG CẨM THẠCH";
    private static final String AG_BLOCK = "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH";
    private static final String AG_STATE = "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH";

    private static final List<Spelling> TABLE = List.of(
            // The Tỉnh ủy of Quảng Ninh.
            name("Tỉnh ủy Quảng Ninh", "tinh-uy-quang-ninh"),
            name("TỈNH ỦY QUẢNG NINH", "tinh-uy-quang-ninh"),
            name("Tỉnh ủy tỉnh Quảng Ninh", "tinh-uy-quang-ninh"),
            name("Tỉnh uỷ Quảng Ninh", "tinh-uy-quang-ninh"),
            name("Ban Thường vụ Tỉnh ủy Quảng Ninh", "tinh-uy-quang-ninh"),
            name("BTV Tỉnh ủy Quảng Ninh", "tinh-uy-quang-ninh"),
            name("Thường trực Tỉnh ủy Quảng Ninh", "tinh-uy-quang-ninh"),
            name("TU Quảng Ninh", "tinh-uy-quang-ninh"),
            name("Ban Chấp hành Đảng bộ tỉnh Quảng Ninh", "tinh-uy-quang-ninh"),
            nfd("Tỉnh ủy Quảng Ninh", "tinh-uy-quang-ninh"),
            header("ĐẢNG BỘ TỈNH QUẢNG NINH\nTỈNH ỦY", "tinh-uy-quang-ninh"),
            header("TỈNH ỦY QUẢNG NINH", "tinh-uy-quang-ninh"),
            cited(QN_DISTRICT, "của Ban Thường vụ Tỉnh ủy", "tinh-uy-quang-ninh"),
            cited(QN_DISTRICT, "của Tỉnh ủy", "tinh-uy-quang-ninh"),
            cited(QN_DISTRICT, "của Tỉnh uỷ Quảng Ninh", "tinh-uy-quang-ninh"),
            // A department of a Tỉnh ủy: Ban Tuyên giáo ⟶ of the Tỉnh ủy ⟶ of An Giang.
            name("Ban Tuyên giáo Tỉnh ủy An Giang", "ban-tuyen-giao-tinh-uy-an-giang"),
            name("BAN TUYÊN GIÁO TỈNH ỦY AN GIANG", "ban-tuyen-giao-tinh-uy-an-giang"),
            name("Ban Tuyên giáo tỉnh An Giang", "ban-tuyen-giao-tinh-uy-an-giang"),
            name("Ban Tuyên giáo Tỉnh uỷ An Giang", "ban-tuyen-giao-tinh-uy-an-giang"),
            nfd("Ban Tuyên giáo Tỉnh ủy An Giang", "ban-tuyen-giao-tinh-uy-an-giang"),
            header("TỈNH ỦY AN GIANG\nBAN TUYÊN GIÁO", "ban-tuyen-giao-tinh-uy-an-giang"),
            header("ĐẢNG BỘ TỈNH AN GIANG\nBAN TUYÊN GIÁO TỈNH ỦY", "ban-tuyen-giao-tinh-uy-an-giang"),
            cited(AG_BLOCK, "của Ban Tuyên giáo Tỉnh ủy", "ban-tuyen-giao-tinh-uy-an-giang"),
            name("Ban Tổ chức Tỉnh ủy Quảng Ninh", "ban-to-chuc-tinh-uy-quang-ninh"),
            name("Ban Tổ chức tỉnh Quảng Ninh", "ban-to-chuc-tinh-uy-quang-ninh"),
            name("Ban Dân vận Huyện ủy Tiên Yên", "ban-dan-van-huyen-uy-tien-yen"),
            name("Ban Dân vận huyện Tiên Yên", "ban-dan-van-huyen-uy-tien-yen"),
            name("Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh", "uy-ban-kiem-tra-tinh-uy-quang-ninh"),
            name("UBKT Tỉnh ủy Quảng Ninh", "uy-ban-kiem-tra-tinh-uy-quang-ninh"),
            name("Uỷ ban Kiểm tra Tỉnh uỷ Quảng Ninh", "uy-ban-kiem-tra-tinh-uy-quang-ninh"),
            cited(QN_DISTRICT, "của Ủy ban Kiểm tra Tỉnh ủy", "uy-ban-kiem-tra-tinh-uy-quang-ninh"),
            // Thành ủy, Huyện ủy, Thị ủy, Đảng ủy.
            name("Thành ủy Cẩm Phả", "thanh-uy-cam-pha"),
            name("Thành ủy thành phố Cẩm Phả", "thanh-uy-cam-pha"),
            name("Thành ủy TP Cẩm Phả", "thanh-uy-cam-pha"),
            name("Ban Thường vụ Thành uỷ Cẩm Phả", "thanh-uy-cam-pha"),
            header("ĐẢNG BỘ TỈNH QUẢNG NINH\nTHÀNH ỦY CẨM PHẢ", "thanh-uy-cam-pha"),
            cited(CP_WARD, "của Ban Thường vụ Thành ủy", "thanh-uy-cam-pha"),
            cited(CP_WARD, "của Thành ủy", "thanh-uy-cam-pha"),
            name("Huyện ủy Tiên Yên", "huyen-uy-tien-yen"),
            name("Huyện ủy huyện Tiên Yên", "huyen-uy-tien-yen"),
            name("HU Tiên Yên", "huyen-uy-tien-yen"),
            header(QN_DISTRICT, "huyen-uy-tien-yen"),
            name("Thị ủy Đông Triều", "thi-uy-dong-trieu"),
            name("Thị ủy thị xã Đông Triều", "thi-uy-dong-trieu"),
            name("Đảng ủy xã Hải Lạng", "dang-uy-xa-hai-lang"),
            name("ĐẢNG UỶ XÃ HẢI LẠNG", "dang-uy-xa-hai-lang"),
            header("ĐẢNG BỘ HUYỆN TIÊN YÊN\nĐẢNG ỦY XÃ HẢI LẠNG", "dang-uy-xa-hai-lang"),
            // Đảng ủy Khối.
            header(AG_BLOCK, "dang-uy-khoi-co-quan-va-doanh-nghiep-tinh-an-giang"),
            name(
                    "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh An Giang",
                    "dang-uy-khoi-co-quan-va-doanh-nghiep-tinh-an-giang"),
            cited(AG_BLOCK, "của Đảng ủy Khối", "dang-uy-khoi-co-quan-va-doanh-nghiep-tinh-an-giang"),
            // UBND.
            name("Ủy ban nhân dân tỉnh Quảng Ninh", "ubnd-tinh-quang-ninh"),
            name("UBND tỉnh Quảng Ninh", "ubnd-tinh-quang-ninh"),
            name("Uỷ ban nhân dân tỉnh Quảng Ninh", "ubnd-tinh-quang-ninh"),
            name("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "ubnd-tinh-quang-ninh"),
            nfd("Ủy ban nhân dân tỉnh Quảng Ninh", "ubnd-tinh-quang-ninh"),
            header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH", "ubnd-tinh-quang-ninh"),
            cited(QN_DISTRICT, "của UBND tỉnh", "ubnd-tinh-quang-ninh"),
            cited(QN_DISTRICT, "của Ủy ban nhân dân tỉnh", "ubnd-tinh-quang-ninh"),
            name("UBND thành phố Cẩm Phả", "ubnd-tp-cam-pha"),
            name("Ủy ban nhân dân TP. Cẩm Phả", "ubnd-tp-cam-pha"),
            name("UBND TP Cẩm Phả", "ubnd-tp-cam-pha"),
            cited(CP_WARD, "của Ủy ban nhân dân thành phố", "ubnd-tp-cam-pha"),
            header(AG_STATE, "ubnd-huyen-chau-thanh"),
            name("UBND huyện Châu Thành", "ubnd-huyen-chau-thanh"),
            // The Front.
            name("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", "uy-ban-mttq-tinh-quang-ninh"),
            name("Ủy ban MTTQ tỉnh Quảng Ninh", "uy-ban-mttq-tinh-quang-ninh"),
            name("Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh", "uy-ban-mttq-tinh-quang-ninh"),
            name("UBMTTQ Việt Nam tỉnh Quảng Ninh", "uy-ban-mttq-tinh-quang-ninh"),
            header("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG NINH\nBAN THƯỜNG TRỰC", "uy-ban-mttq-tinh-quang-ninh"),
            // Ministries and departments, with their commas and "và".
            name("Bộ Văn hóa, Thể thao và Du lịch", "bo-van-hoa-the-thao-va-du-lich"),
            name("Bộ Văn hoá, Thể thao và Du lịch", "bo-van-hoa-the-thao-va-du-lich"),
            name("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "bo-van-hoa-the-thao-va-du-lich"),
            name("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh", "so-van-hoa-the-thao-va-du-lich-tinh-quang-ninh"),
            name("Sở VHTTDL tỉnh Quảng Ninh", "so-van-hoa-the-thao-va-du-lich-tinh-quang-ninh"),
            name("Bộ Giao thông vận tải", "bo-giao-thong-van-tai"),
            name("Bộ GTVT", "bo-giao-thong-van-tai"));

    @Test
    void every_spelling_of_an_organ_gives_its_canonical_key() {
        assertThat(TABLE).hasSizeGreaterThanOrEqualTo(60);
        SoftAssertions soft = new SoftAssertions();
        for (Spelling s : TABLE) {
            soft.assertThat(keyOf(s)).as("%s: %s", s.how(), s.name()).isEqualTo(s.key());
        }
        soft.assertAll();
    }

    @Test
    void a_board_of_a_committee_named_without_its_place_stays_generic_for_the_context_to_complete() {
        // "Ban Tuyên giáo Huyện ủy" in a commune document that cannot place it: the key must stay the
        // generic "ban-tuyen-giao-huyen-uy", never "ban-tuyen-giao-huyen-uy-uy" (a locality named "uy").
        for (String name : List.of(
                "Ban Tuyên giáo Huyện ủy",
                "Ban Tuyên giáo Huyện uỷ",
                "Ban Tuyên giáo Tỉnh ủy",
                "Ban Tuyên giáo Quận ủy",
                "BTG Thị ủy")) {
            String key = IssuerKeys.fold(name);
            assertThat(key).as(name).doesNotEndWith("-uy-uy");
            assertThat(IssuerKeys.isGeneric(key)).as(name).isTrue();
        }
        assertThat(IssuerKeys.fold("Ban Tuyên giáo huyện Tiên Yên")).isEqualTo("ban-tuyen-giao-huyen-uy-tien-yen");
    }

    @Test
    void the_keys_of_two_organs_stay_apart() {
        List<String> distinct = Stream.of(
                        "Tỉnh ủy Quảng Ninh",
                        "Ban Tuyên giáo Tỉnh ủy Quảng Ninh",
                        "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh",
                        "UBND tỉnh Quảng Ninh",
                        "Ủy ban MTTQ tỉnh Quảng Ninh",
                        "Huyện ủy Tiên Yên",
                        "UBND huyện Tiên Yên",
                        "Ban Tuyên giáo Huyện ủy Tiên Yên")
                .map(n -> IssuerKeys.of(null, n))
                .distinct()
                .toList();
        assertThat(distinct).hasSize(8);
    }

    @Test
    void a_stored_key_of_an_earlier_rule_migrates_to_the_canonical_key_and_a_canonical_key_stays() {
        assertThat(IssuerKeys.canonicalKey("tinh-uy-tinh-quang-ninh")).isEqualTo("tinh-uy-quang-ninh");
        assertThat(IssuerKeys.canonicalKey("ban-tuyen-giao-tinh-an-giang"))
                .isEqualTo("ban-tuyen-giao-tinh-uy-an-giang");
        assertThat(IssuerKeys.canonicalKey("chi-bo-thon-2--xa-vinh-xuong")).isEqualTo("chi-bo-thon-2--xa-vinh-xuong");
        assertThat(DocumentKey.fromParts("118-KH/TU", "tinh-uy-tinh-quang-ninh", 2023)
                        .canonical()
                        .value())
                .isEqualTo("118-KH/TU~tinh-uy-quang-ninh~2023");
        assertThat(DocumentKey.fromParts("12/2023/TT-BTC", "btc", 2023)
                        .canonical()
                        .value())
                .isEqualTo("12/2023/TT-BTC~btc~2023");
        for (Spelling s : TABLE) {
            assertThat(IssuerKeys.canonicalKey(s.key())).as(s.key()).isEqualTo(s.key());
        }
    }

    @Test
    void a_document_takes_over_the_cited_only_node_that_now_shares_its_key() {
        Map<String, Object> indexed = Map.of(DocumentFields.STATUS, "INDEXED", DocumentFields.TEXT_RANK, 5L);
        Map<String, Object> citedOnly = Map.of(DocumentFields.STATUS, "CITED_ONLY");
        assertThat(KeyMigration.merge(citedOnly, indexed)).isSameAs(indexed);
        Map<String, Object> scan = Map.of(
                DocumentFields.STATUS, "INDEXED", DocumentFields.TEXT_RANK, 1L, DocumentFields.FILES, List.of("a.pdf"));
        Map<String, Object> typed = Map.of(
                DocumentFields.STATUS, "INDEXED", DocumentFields.TEXT_RANK, 9L, DocumentFields.FILES, List.of("a.txt"));
        Map<String, Object> one = KeyMigration.merge(scan, typed);
        assertThat(one.get(DocumentFields.TEXT_RANK)).isEqualTo(9L);
        assertThat(one.get(DocumentFields.FILES)).isEqualTo(List.of("a.txt", "a.pdf"));
    }

    private static @Nullable String keyOf(Spelling s) {
        if (s.how().equals("header")) {
            ParsedDocument d = PARSER.parse(
                    "header.txt",
                    s.name() + "\n*\nSố 12-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
                            + "Quảng Ninh, ngày 5 tháng 5 năm 2023\n\nKẾ HOẠCH\nthực hiện công tác năm 2023\n\n"
                            + "I. MỤC ĐÍCH\n\n1. Nội dung.\n");
            DocumentKey key = DocumentKey.of(d);
            return key.issuerKey();
        }
        if (s.how().startsWith("cited|")) {
            String citing = s.how().substring("cited|".length());
            ParsedDocument d = PARSER.parse(
                    "citing.txt",
                    citing + "\n*\nSố 41-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
                            + "Quảng Ninh, ngày 10 tháng 4 năm 2023\n\nKẾ HOẠCH\nthực hiện công tác năm 2023\n\n"
                            + "Thực hiện Kế hoạch số 88-KH/TU ngày 20/3/2023 " + s.name()
                            + " về công tác năm 2023, ban hành"
                            + " Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n1. Nội dung.\n");
            Citation c = d.citations().stream()
                    .filter(x -> "88-KH/TU".equals(x.number()))
                    .findFirst()
                    .orElse(null);
            return c == null ? null : IssuerKeys.of(null, c.issuer());
        }
        return IssuerKeys.of(null, s.name());
    }
}
