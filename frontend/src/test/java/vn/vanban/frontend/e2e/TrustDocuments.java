package vn.vanban.frontend.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents the trust tests add to the portal's fixture (issue 14), written as extraction
 * produces plain text and ingested through the real pipeline like the rest:
 *
 * <ul>
 *   <li>hostile text: Chỉ thị 77-CT/TU of Tỉnh ủy Cao Bằng and two plans under it (the province's
 *       901/KH-UBND and Hòa An's 45/KH-UBND, a comparable pair) whose subject, headings, body,
 *       recipients and signer carry script payloads — each would set {@code window.__xss} or call
 *       {@code alert} if a view rendered document text as markup;
 *   <li>a chain through an INTERNAL document: Huyện ủy Hòa An's plan 12-KH/HU, marked "Lưu hành nội
 *       bộ", implements 77-CT/TU, and the PUBLIC plan 05-KH/ĐU of Đảng ủy xã Bạch Đằng implements
 *       it.
 * </ul>
 */
final class TrustDocuments {

    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SVG = "<svg onload=\"window.__xss=1\">";
    static final String JAVASCRIPT_LINK = "<a href=\"javascript:window.__xss=1\">bấm vào đây</a>";
    static final String ALERT = "<img src=x onerror=alert(1)>";
    /** A highlight forged in the text: the closing and opening marks the highlighter itself writes. */
    static final String FORGED_MARK = "</mark><img src=y onerror=\"window.__xss=2\"><mark>";

    /** Every payload, each of which must be read as text wherever a view shows it. */
    static final List<String> PAYLOADS = List.of(SCRIPT, IMG, SVG, JAVASCRIPT_LINK, ALERT, FORGED_MARK);

    /** A word only the hostile documents contain, to find them by search. */
    static final String HOSTILE_WORD = "antoanthongtin";

    static final String DIRECTIVE = "77-CT/TU";
    static final String UPPER = "901/KH-UBND";
    static final String LOWER = "45/KH-UBND";
    static final String INTERNAL = "12-KH/HU";
    static final String INTERNAL_SUBJECT = "rà soát nhân sự dự nguồn đợt đặc biệt";
    static final String INTERNAL_WORDS = "nhân sự dự nguồn";
    static final String CHILD = "05-KH/ĐU";

    private TrustDocuments() {}

    record Files4(Path directive, Path upper, Path lower, Path internal, Path child) {
        List<Path> all() {
            return List.of(directive, upper, lower, internal, child);
        }
    }

    static Files4 write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path directive = dir.resolve("trust-directive-77-CT-TU.txt");
        Files.writeString(
                directive, """
                ĐẢNG BỘ TỈNH CAO BẰNG
                TỈNH ỦY
                *
                Số 77-CT/TU

                ĐẢNG CỘNG SẢN VIỆT NAM

                Cao Bằng, ngày 10 tháng 3 năm 2024

                CHỈ THỊ
                về bảo đảm %1$s trên cổng thông tin điện tử %2$s

                I. MỤC ĐÍCH, YÊU CẦU %3$s

                1. Các cấp ủy, tổ chức đảng nâng cao nhận thức về %1$s; không mở tệp đính kèm lạ như %4$s.

                2. Kiểm tra các trang có đoạn mã %5$s và liên kết %6$s trước khi đăng.

                II. NHIỆM VỤ, GIẢI PHÁP

                1. Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Chỉ thị, chú ý đánh dấu %7$s.

                2. Ban Thường vụ các huyện ủy, thành ủy lãnh đạo triển khai thực hiện Chỉ thị này.

                T/M BAN THƯỜNG VỤ
                BÍ THƯ


                Trần Hồng Minh %4$s

                Nơi nhận:
                - Các huyện ủy, thành ủy %3$s
                - Lưu Văn phòng Tỉnh ủy.
                """.formatted(HOSTILE_WORD, SCRIPT, IMG, SVG, ALERT, JAVASCRIPT_LINK, FORGED_MARK));

        Path upper = dir.resolve("trust-upper-901-KH-UBND.txt");
        Files.writeString(
                upper,
                plan(
                        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG",
                        "Số: 901/KH-UBND",
                        "Cao Bằng, ngày 20 tháng 3 năm 2024",
                        "thực hiện Chỉ thị số 77-CT/TU về " + HOSTILE_WORD + " " + SCRIPT,
                        "Thực hiện Chỉ thị số 77-CT/TU ngày 10/3/2024 của Ban Thường vụ Tỉnh ủy Cao Bằng về bảo đảm an"
                                + " toàn thông tin, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
                        """
                I. MỤC ĐÍCH, YÊU CẦU %1$s

                1. Quán triệt Chỉ thị đến toàn thể cán bộ, công chức; cảnh giác với %2$s trong thư điện tử.

                2. Rà soát các trang thông tin có %3$s và các liên kết %4$s.

                II. NHIỆM VỤ CỤ THỂ

                1. Sở Thông tin và Truyền thông kiểm tra mã nguồn cổng thông tin, loại bỏ %5$s.

                2. Các sở, ngành tập huấn cho cán bộ về %6$s.

                3. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024.
                """.formatted(IMG, SCRIPT, SVG, JAVASCRIPT_LINK, ALERT, FORGED_MARK),
                        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nHoàng Xuân Ánh " + SVG,
                        "- Ban Thường vụ Tỉnh ủy (b/c);\n- UBND các huyện, thành phố " + IMG + ";\n- Lưu: VT."));

        Path lower = dir.resolve("trust-lower-45-KH-UBND.txt");
        Files.writeString(
                lower,
                plan(
                        "ỦY BAN NHÂN DÂN\nHUYỆN HÒA AN",
                        "Số: 45/KH-UBND",
                        "Hòa An, ngày 15 tháng 4 năm 2024",
                        "thực hiện Kế hoạch số 901/KH-UBND của Ủy ban nhân dân tỉnh " + SVG,
                        "Thực hiện Kế hoạch số 901/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh Cao Bằng về thực hiện"
                                + " Chỉ thị số 77-CT/TU, Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:",
                        """
                I. MỤC ĐÍCH, YÊU CẦU %1$s

                1. Quán triệt Kế hoạch đến toàn thể cán bộ, công chức huyện; cảnh giác với %2$s trong thư.

                2. Rà soát các trang thông tin của huyện có %3$s.

                II. NHIỆM VỤ CỤ THỂ

                1. Phòng Văn hóa và Thông tin kiểm tra trang thông tin của huyện, loại bỏ %4$s.

                2. Các xã, thị trấn tập huấn cho cán bộ về %5$s và %6$s.
                """.formatted(SCRIPT, IMG, JAVASCRIPT_LINK, ALERT, FORGED_MARK, SVG),
                        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNông Văn Bình " + SCRIPT,
                        "- UBND tỉnh (b/c);\n- Các xã, thị trấn " + ALERT + ";\n- Lưu: VT."));

        Path internal = dir.resolve("trust-internal-12-KH-HU.txt");
        Files.writeString(internal, """
                ĐẢNG BỘ TỈNH CAO BẰNG
                HUYỆN ỦY HÒA AN
                *
                Số 12-KH/HU
                LƯU HÀNH NỘI BỘ

                ĐẢNG CỘNG SẢN VIỆT NAM

                Hòa An, ngày 25 tháng 3 năm 2024

                KẾ HOẠCH
                %s thực hiện Chỉ thị số 77-CT/TU

                Thực hiện Chỉ thị số 77-CT/TU ngày 10/3/2024 của Ban Thường vụ Tỉnh ủy Cao Bằng, Ban Thường vụ Huyện ủy Hòa An ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Hoàn thành việc %s trong quý II năm 2024.

                II. TỔ CHỨC THỰC HIỆN

                1. Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện.

                T/M BAN THƯỜNG VỤ
                BÍ THƯ


                Lục Văn Khánh

                Nơi nhận:
                - Ban Thường vụ Tỉnh ủy (b/c),
                - Các đảng ủy xã, thị trấn,
                - Lưu Văn phòng Huyện ủy.
                """.formatted(INTERNAL_SUBJECT, INTERNAL_SUBJECT));

        Path child = dir.resolve("trust-child-05-KH-DU.txt");
        Files.writeString(child, """
                ĐẢNG BỘ HUYỆN HÒA AN
                ĐẢNG ỦY XÃ BẠCH ĐẰNG
                *
                Số 05-KH/ĐU

                ĐẢNG CỘNG SẢN VIỆT NAM

                Bạch Đằng, ngày 02 tháng 4 năm 2024

                KẾ HOẠCH
                về củng cố tổ chức cơ sở đảng năm 2024

                Thực hiện Kế hoạch số 12-KH/HU ngày 25/3/2024 của Ban Thường vụ Huyện ủy Hòa An, Đảng ủy xã Bạch Đằng ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Các chi bộ trực thuộc quán triệt và tổ chức thực hiện Kế hoạch của cấp trên.

                T/M ĐẢNG ỦY
                BÍ THƯ


                Đàm Thị Lan

                Nơi nhận:
                - Ban Thường vụ Huyện ủy (b/c),
                - Các chi bộ trực thuộc,
                - Lưu Văn phòng Đảng ủy.
                """);
        return new Files4(directive, upper, lower, internal, child);
    }

    private static String plan(
            String organ,
            String number,
            String dateLine,
            String subject,
            String opening,
            String body,
            String signature,
            String recipients) {
        return organ + "\n" + number + "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + dateLine + "\n\nKẾ HOẠCH\n" + subject + "\n\n" + opening + "\n\n" + body + "\n" + signature
                + "\n\nNơi nhận:\n" + recipients + "\n";
    }
}
