package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.document.Section;

/**
 * The two real seed plans, every field and every citation asserted exactly. The seeds are read where
 * they are ({@code shared.dir}), never copied into the repository.
 */
class SeedGoldenTest {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../shared"), "seeds");

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument seed(String name) throws IOException {
        Path file = SEEDS.resolve(name);
        assumeTrue(Files.isRegularFile(file), "skipped: ../shared not found");
        return parser.parse(file.toString(), Files.readString(file));
    }

    /** One citation as "index | number | type | date | issuer | relation | repeatOf". */
    static List<String> summary(ParsedDocument d) {
        List<Citation> cs = d.citations();
        return java.util.stream.IntStream.range(0, cs.size())
                .mapToObj(i -> {
                    Citation c = cs.get(i);
                    return String.join(
                            " | ",
                            String.valueOf(i),
                            String.valueOf(c.number()),
                            c.type() == null ? "null" : c.type().code(),
                            String.valueOf(c.date()),
                            String.valueOf(c.issuer()),
                            c.relation().name(),
                            String.valueOf(c.repeatOf()));
                })
                .toList();
    }

    @Test
    void party_plan_of_an_giang_is_read_field_by_field() throws IOException {
        ParsedDocument d = seed("000_d046981b7fe994df.txt");

        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.number()).isEqualTo("35-KH/ĐUK");
        assertThat(d.type()).isEqualTo(new DocumentType("KH", "Kế hoạch"));
        assertThat(d.issuer()).isEqualTo("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh An Giang");
        assertThat(d.parentOrgan()).isEqualTo("Đảng bộ tỉnh An Giang");
        assertThat(d.issuerSide()).isEqualTo(IssuerSide.PARTY);
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.PROVINCE);
        assertThat(d.province()).isEqualTo("An Giang");
        assertThat(d.district()).isNull();
        assertThat(d.commune()).isNull();
        assertThat(d.place()).isEqualTo("An Giang");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 5, 5));
        assertThat(d.subject())
                .isEqualTo("tổ chức tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư về tăng cường"
                        + " sự lãnh đạo của Đảng đối với Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong"
                        + " tình hình mới");
        assertThat(d.signer()).isEqualTo("Huỳnh Đức Hiền");
        assertThat(d.signerPosition()).isEqualTo("PHÓ BÍ THƯ");
        assertThat(d.authority()).isEqualTo("T/M");
        assertThat(d.recipients())
                .containsExactly(
                        "Ban Tuyên giáo Tỉnh ủy",
                        "Ban Thường vụ Đảng ủy Khối",
                        "Cấp ủy các chi bộ, đảng bộ cơ sở",
                        "Ban Tuyên giáo Đảng ủy Khối",
                        "Lưu Văn phòng Đảng ủy Khối");
        assertThat(d.visibility()).isEmpty();
        assertThat(d.sections()).extracting(Section::numbering).containsExactly("I.", "II.", "III.", "IV.");
        assertThat(d.sections())
                .extracting(Section::heading)
                .containsExactly(
                        "MỤC ĐÍCH, YÊU CẦU",
                        "NỘI DUNG TUYÊN TRUYỀN",
                        "HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN",
                        "TỔ CHỨC THỰC HIỆN");
        assertThat(d.sections().get(1).children()).hasSize(6);
        assertThat(d.sections().get(2).children().get(0).heading()).isEqualTo("Hình thức tuyên truyền");
        assertThat(d.sections().get(2).children().get(0).children())
                .extracting(Section::numbering)
                .containsExactly("-", "-", "-", "-");

        assertThat(summary(d))
                .containsExactly(
                        "0 | 03-CT/TW | CT | 2021-05-19 | Ban Bí thư | MENTIONS | null",
                        "1 | 39-HD/BTGTU | HD | 2022-04-28 | Ban Tuyên giáo Tỉnh ủy An Giang | IMPLEMENTS | null",
                        "2 | 03-CT/TW | CT | 2021-05-19 | Ban Bí thư | MENTIONS | 0",
                        "3 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "4 | null | NQ | null | null | MENTIONS | null",
                        "5 | null | NQ | null | null | MENTIONS | null",
                        "6 | null | NQ | null | null | MENTIONS | 4",
                        "7 | 03-CT/TW | CT | null | null | MENTIONS | 0",
                        "8 | 107-KL/TW | KL | 2015-04-10 | Ban Bí thư | MENTIONS | null",
                        "9 | 28/CT-TTg | CT | 2021-10-26 | Thủ tướng Chính phủ | MENTIONS | null",
                        "10 | 386/QĐ-TTg | QĐ | 2021-03-17 | Thủ tướng Chính phủ | MENTIONS | null",
                        "11 | null | ĐA | null | null | MENTIONS | null",
                        "12 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "13 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9",
                        "14 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "15 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9",
                        "16 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "17 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9",
                        "18 | 07/CT-TTg | CT | 2018-03-05 | Thủ tướng Chính phủ | MENTIONS | null",
                        "19 | 35/NQ-CP | NQ | 2016-05-16 | Chính phủ | MENTIONS | null",
                        "20 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "21 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9",
                        "22 | null | ĐA | null | null | MENTIONS | 11",
                        "23 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "24 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9",
                        "25 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "26 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9",
                        "27 | null | NQ | null | null | MENTIONS | 4",
                        "28 | null | NQ | null | null | MENTIONS | 5",
                        "29 | 03-CT/TW | CT | null | null | MENTIONS | 0",
                        "30 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "31 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 9");
    }

    @Test
    void party_plan_implements_the_guidance_and_mentions_the_directive_through_it() throws IOException {
        ParsedDocument d = seed("000_d046981b7fe994df.txt");
        List<Citation> distinct =
                d.citations().stream().filter(c -> c.repeatOf() == null).toList();

        Citation guidance = distinct.get(1);
        assertThat(guidance.number()).isEqualTo("39-HD/BTGTU");
        assertThat(guidance.relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(guidance.issuer()).isEqualTo("Ban Tuyên giáo Tỉnh ủy An Giang");
        assertThat(guidance.issuerLevel()).isEqualTo(IssuerLevel.PROVINCE);
        assertThat(guidance.date()).isEqualTo(LocalDate.of(2022, 4, 28));
        assertThat(guidance.text()).isEqualTo("Hướng dẫn số 39-HD/BTGTU, ngày 28/4/2022 của Ban Tuyên giáo Tỉnh ủy");
        assertThat(d.text().substring(guidance.start(), guidance.end())).isEqualTo(guidance.text());

        Citation directive = distinct.get(0);
        assertThat(directive.number()).isEqualTo("03-CT/TW");
        assertThat(directive.relation()).isEqualTo(Relation.MENTIONS);
        assertThat(directive.date()).isEqualTo(LocalDate.of(2021, 5, 19));
        assertThat(directive.issuer()).isEqualTo("Ban Bí thư");
        assertThat(directive.issuerSide()).isEqualTo(IssuerSide.PARTY);
        assertThat(directive.issuerLevel()).isEqualTo(IssuerLevel.CENTRAL);
        assertThat(directive.subject())
                .isEqualTo("tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động “Người Việt Nam ưu tiên dùng hàng"
                        + " Việt Nam” trong tình hình mới");

        assertThat(distinct)
                .extracting(Citation::number)
                .containsExactly(
                        "03-CT/TW",
                        "39-HD/BTGTU",
                        null,
                        null,
                        "107-KL/TW",
                        "28/CT-TTg",
                        "386/QĐ-TTg",
                        null,
                        "07/CT-TTg",
                        "35/NQ-CP");
        assertThat(distinct)
                .filteredOn(c -> c.number() == null)
                .extracting(Citation::subject)
                .containsExactly(
                        "Nghị quyết Đại hội XIII của Đảng",
                        "Nghị quyết Đại hội XI Đảng bộ tỉnh",
                        "Đề án Phát triển thị trường trong nước gắn với Cuộc vận động “Người Việt Nam ưu tiên dùng hàng"
                                + " Việt Nam” giai đoạn 2021 - 2025");
        // A citation broken by a blank line ("ngày 05/3/2018\n\ncủa Thủ tướng Chính phủ") is found whole.
        Citation broken = distinct.get(8);
        assertThat(broken.issuer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(broken.date()).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(distinct.get(9).issuer()).isEqualTo("Chính phủ"); // implied by the suffix -CP
    }

    @Test
    void state_plan_of_cam_pha_without_header_is_read_field_by_field() throws IOException {
        ParsedDocument d = seed("002_5cefcce8a219f495.txt");

        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        assertThat(d.number()).isEqualTo("197/KH-UBND");
        assertThat(d.type()).isEqualTo(new DocumentType("KH", "Kế hoạch"));
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân thành phố Cẩm Phả");
        assertThat(d.parentOrgan()).isNull();
        assertThat(d.issuerSide()).isEqualTo(IssuerSide.STATE);
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.DISTRICT);
        assertThat(d.province()).isEqualTo("Quảng Ninh");
        assertThat(d.district()).isEqualTo("Cẩm Phả");
        assertThat(d.commune()).isNull();
        assertThat(d.place()).isEqualTo("Cẩm Phả");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 7, 4));
        assertThat(d.subject())
                .isEqualTo("Đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí"
                        + " thư về tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động “Người Việt Nam ưu tiên dùng"
                        + " hàng Việt Nam” trong tình hình mới");
        assertThat(d.signer()).isEqualTo("Đinh Ngọc Chiến");
        assertThat(d.signerPosition()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(d.authority()).isEqualTo("KT.");
        assertThat(d.recipients())
                .containsExactly(
                        "UBND tỉnh Quảng Ninh (b/c)",
                        "TT Thành ủy - HĐND thành phố (b/c)",
                        "Chủ tịch; các P1 P2 P3 UBND thành phố",
                        "Các phòng, ban, đơn vị thành phố",
                        "UBND các phường, xã",
                        "Lưu: VT, VH TT");
        assertThat(d.visibility()).isEmpty();
        // Two sections are printed "II.": kept as printed.
        assertThat(d.sections()).extracting(Section::numbering).containsExactly("I.", "II.", "II.", "IV.");
        assertThat(d.sections().get(3).children())
                .extracting(Section::numbering)
                .containsExactly("1.", "2.", "3.", "4.");
        assertThat(d.sections().get(3).children().get(3).children()).hasSize(3);

        assertThat(summary(d))
                .containsExactly(
                        "0 | 03-CT/TW | CT | 2021-05-19 | Ban Bí thư | MENTIONS | null",
                        "1 | 179-KH/TU | KH | 2022-06-23 | Thành ủy Cẩm Phả | IMPLEMENTS | null",
                        "2 | 03-CT/TW | CT | 2021-05-19 | Ban Bí thư | MENTIONS | 0",
                        "3 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "4 | null | NQ | null | null | MENTIONS | null",
                        "5 | null | NQ | null | null | MENTIONS | null",
                        "6 | null | NQ | null | null | MENTIONS | null",
                        "7 | null | NQ | null | null | MENTIONS | 6",
                        "8 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "9 | 107-KL/TW | KL | 2015-04-10 | Ban Bí thư | MENTIONS | null",
                        "10 | 28/CT-TTg | CT | 2021-10-26 | Thủ tướng Chính phủ | MENTIONS | null",
                        "11 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 10",
                        "12 | 72-KH/TU | KH | 2021-07-27 | Thành ủy Cẩm Phả | MENTIONS | null",
                        "13 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "14 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "15 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 10",
                        "16 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "17 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 10",
                        "18 | null | ĐA | null | null | MENTIONS | null",
                        "19 | 72-KH/TU | KH | null | Thành ủy Cẩm Phả | MENTIONS | 12",
                        "20 | 03-CT/TW | CT | null | Ban Bí thư | MENTIONS | 0",
                        "21 | 28/CT-TTg | CT | null | Thủ tướng Chính phủ | MENTIONS | 10",
                        "22 | 72-KH/TU | KH | null | Thành ủy Cẩm Phả | MENTIONS | 12",
                        "23 | 179-KH/TU | KH | 2022-06-23 | Thành ủy Cẩm Phả | MENTIONS | 1",
                        "24 | 03-CT/TW | CT | 2021-05-19 | Ban Bí thư | MENTIONS | 0",
                        "25 | 179-KH/TU | KH | null | null | MENTIONS | 1",
                        "26 | 179-KH/TU | KH | null | null | MENTIONS | 1",
                        "27 | 179-KH/TU | KH | null | null | MENTIONS | 1",
                        "28 | 179-KH/TU | KH | null | null | MENTIONS | 1",
                        "29 | 179-KH/TU | KH | null | null | MENTIONS | 1",
                        "30 | 179-KH/TU | KH | null | null | MENTIONS | 1",
                        "31 | 179-KH/TU | KH | null | null | MENTIONS | 1");
    }

    @Test
    void state_plan_implements_the_city_party_plan() throws IOException {
        ParsedDocument d = seed("002_5cefcce8a219f495.txt");
        List<Citation> implemented = d.citations().stream()
                .filter(c -> c.relation() == Relation.IMPLEMENTS)
                .toList();

        assertThat(implemented).hasSize(1);
        Citation plan = implemented.get(0);
        assertThat(plan.number()).isEqualTo("179-KH/TU");
        assertThat(plan.issuer()).isEqualTo("Thành ủy Cẩm Phả");
        // Cẩm Phả is a city inside Quảng Ninh: its Thành ủy is a district-level Party committee.
        assertThat(plan.issuerSide()).isEqualTo(IssuerSide.PARTY);
        assertThat(plan.issuerLevel()).isEqualTo(IssuerLevel.DISTRICT);
        assertThat(plan.date()).isEqualTo(LocalDate.of(2022, 6, 23));
        assertThat(plan.subject()).isEqualTo("đẩy mạnh tuyên truyền, triển khai thực hiện");
        // "Kế hoạch số 72-KH/TU … của Ban Thường vụ Thành ủy" inside a Cẩm Phả document.
        assertThat(d.citations())
                .filteredOn(c -> "72-KH/TU".equals(c.number()))
                .extracting(Citation::issuer)
                .containsOnly("Thành ủy Cẩm Phả");
    }
}
