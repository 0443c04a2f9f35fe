package vn.vanban.indexer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan behind the {@code fmt-} fixtures, written for the project (a district Party committee
 * implementing a provincial plan; names and numbers invented). One text, many formats.
 */
final class FixturePlan {

    static final List<String> LEFT = List.of("ĐẢNG BỘ TỈNH QUẢNG NINH", "HUYỆN ỦY TIÊN YÊN", "*", "Số 142-KH/HU");
    static final List<String> RIGHT = List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Tiên Yên, ngày 12 tháng 3 năm 2024");
    static final String TYPE = "KẾ HOẠCH";
    static final String SUBJECT = "triển khai thực hiện Kế hoạch số 87-KH/TU của Ban Thường vụ Tỉnh ủy"
            + " về đẩy mạnh chuyển đổi số trong các cơ quan đảng giai đoạn 2024 - 2025";

    /** Body paragraphs; a leading "#" marks a heading. */
    static final List<String> BODY = List.of(
            "Thực hiện Kế hoạch số 87-KH/TU, ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số"
                    + " trong các cơ quan đảng giai đoạn 2024 - 2025, Ban Thường vụ Huyện ủy ban hành Kế hoạch"
                    + " triển khai thực hiện như sau:",
            "#I. MỤC ĐÍCH, YÊU CẦU",
            "1. Nâng cao nhận thức của cấp ủy, tổ chức đảng, cán bộ, đảng viên về vai trò của chuyển đổi số"
                    + " trong công tác tham mưu, giúp việc; coi đây là nhiệm vụ thường xuyên, lâu dài, gắn với"
                    + " cải cách hành chính trong Đảng.",
            "2. Việc triển khai phải đồng bộ, có trọng tâm, trọng điểm, bảo đảm an toàn, an ninh thông tin;"
                    + " phân công rõ người, rõ việc, rõ thời hạn hoàn thành.",
            "#II. NHIỆM VỤ, GIẢI PHÁP",
            "1. Tiếp tục quán triệt Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ"
                    + " trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư đến toàn thể"
                    + " cán bộ, đảng viên trong Đảng bộ huyện.",
            "2. Sử dụng văn bản điện tử có chữ ký số trong trao đổi giữa các cơ quan đảng; phấn đấu đến hết"
                    + " năm 2025 có 95% văn bản đi được ký số, trừ văn bản mật.",
            "- Cập nhật đầy đủ cơ sở dữ liệu đảng viên, bảo đảm đúng, đủ, sạch, sống.",
            "- Tổ chức bồi dưỡng kỹ năng số cho đội ngũ làm công tác văn phòng cấp ủy cơ sở.",
            "#III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Huyện ủy chủ trì, phối hợp với các ban xây dựng Đảng theo dõi, đôn đốc việc thực hiện"
                    + " Kế hoạch này; định kỳ 6 tháng tổng hợp, báo cáo Ban Thường vụ Huyện ủy.",
            "2. Các chi, đảng bộ trực thuộc căn cứ Kế hoạch xây dựng chương trình cụ thể, triển khai thực hiện"
                    + " phù hợp với tình hình thực tế của đơn vị.");

    static final List<String> SIGNATURE = List.of("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Hòa");
    static final List<String> RECIPIENTS = List.of(
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Văn phòng Tỉnh ủy (b/c),",
            "- Các đồng chí Huyện ủy viên,",
            "- Các chi, đảng bộ trực thuộc,",
            "- Lưu Văn phòng Huyện ủy.");

    private FixturePlan() {}

    /**
     * The plan as a plain-text file: the header in reading order, every paragraph hard-wrapped at
     * {@code width} characters as a text dump of a printed page would be.
     */
    static String plainText(int width) {
        List<String> lines = new ArrayList<>();
        lines.addAll(LEFT);
        lines.addAll(RIGHT);
        lines.add(TYPE);
        lines.addAll(wrap(SUBJECT, width));
        for (String paragraph : BODY) {
            lines.addAll(wrap(paragraph.startsWith("#") ? paragraph.substring(1) : paragraph, width));
        }
        lines.addAll(SIGNATURE);
        lines.addAll(RECIPIENTS);
        return String.join("\n", lines) + "\n";
    }

    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
