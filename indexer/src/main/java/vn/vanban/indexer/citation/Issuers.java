package vn.vanban.indexer.citation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Issuer names in citations: expanding abbreviations, the central issuers implied by a number's
 * suffix, and completing a bare committee from the citing document's locality.
 */
public final class Issuers {

    /**
     * Central issuers known from the suffix of a number (Decree 30/2020/NĐ-CP, Appendix VI for
     * ministries; the Party's {@code TW} is left out: it stands for the Central Committee, the
     * Politburo and the Secretariat alike, so only a printed name decides).
     */
    private static final Map<String, String> CENTRAL_SUFFIXES = new LinkedHashMap<>();

    static {
        CENTRAL_SUFFIXES.put("CP", "Chính phủ");
        CENTRAL_SUFFIXES.put("TTG", "Thủ tướng Chính phủ");
        CENTRAL_SUFFIXES.put("VPCP", "Văn phòng Chính phủ");
        CENTRAL_SUFFIXES.put("VPQH", "Văn phòng Quốc hội");
        CENTRAL_SUFFIXES.put("BTC", "Bộ Tài chính");
        CENTRAL_SUFFIXES.put("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội");
        CENTRAL_SUFFIXES.put("LĐTBXH", "Bộ Lao động - Thương binh và Xã hội");
        CENTRAL_SUFFIXES.put("BYT", "Bộ Y tế");
        CENTRAL_SUFFIXES.put("BNV", "Bộ Nội vụ");
        CENTRAL_SUFFIXES.put("BCT", "Bộ Công Thương");
        CENTRAL_SUFFIXES.put("BGDĐT", "Bộ Giáo dục và Đào tạo");
        CENTRAL_SUFFIXES.put("BTP", "Bộ Tư pháp");
        CENTRAL_SUFFIXES.put("BQP", "Bộ Quốc phòng");
        CENTRAL_SUFFIXES.put("BCA", "Bộ Công an");
        CENTRAL_SUFFIXES.put("BNG", "Bộ Ngoại giao");
        CENTRAL_SUFFIXES.put("BKHĐT", "Bộ Kế hoạch và Đầu tư");
        CENTRAL_SUFFIXES.put("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn");
        CENTRAL_SUFFIXES.put("BTNMT", "Bộ Tài nguyên và Môi trường");
        CENTRAL_SUFFIXES.put("BNNMT", "Bộ Nông nghiệp và Môi trường");
        CENTRAL_SUFFIXES.put("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch");
        CENTRAL_SUFFIXES.put("BTTTT", "Bộ Thông tin và Truyền thông");
        CENTRAL_SUFFIXES.put("BXD", "Bộ Xây dựng");
        CENTRAL_SUFFIXES.put("BGTVT", "Bộ Giao thông vận tải");
        CENTRAL_SUFFIXES.put("BKHCN", "Bộ Khoa học và Công nghệ");
        CENTRAL_SUFFIXES.put("NHNN", "Ngân hàng Nhà nước Việt Nam");
        CENTRAL_SUFFIXES.put("TTCP", "Thanh tra Chính phủ");
        CENTRAL_SUFFIXES.put("UBDT", "Ủy ban Dân tộc");
        CENTRAL_SUFFIXES.put("BHXH", "Bảo hiểm xã hội Việt Nam");
        CENTRAL_SUFFIXES.put("TLĐ", "Tổng Liên đoàn Lao động Việt Nam");
        CENTRAL_SUFFIXES.put("BTGTW", "Ban Tuyên giáo Trung ương");
        CENTRAL_SUFFIXES.put("BTCTW", "Ban Tổ chức Trung ương");
        CENTRAL_SUFFIXES.put("BDVTW", "Ban Dân vận Trung ương");
        CENTRAL_SUFFIXES.put("UBKTTW", "Ủy ban Kiểm tra Trung ương");
        CENTRAL_SUFFIXES.put("VPTW", "Văn phòng Trung ương Đảng");
        CENTRAL_SUFFIXES.put("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương");
    }

    private static final Pattern LEGISLATURE = Pattern.compile("(?i)QH\\d{1,2}");
    private static final Pattern STANDING_COMMITTEE = Pattern.compile("(?i)UBTVQH\\d{1,2}");

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "UBND", "Ủy ban nhân dân",
            "HĐND", "Hội đồng nhân dân",
            "MTTQ", "Mặt trận Tổ quốc",
            "BTV", "Ban Thường vụ",
            "BCĐ", "Ban Chỉ đạo",
            "BCH", "Ban Chấp hành",
            "TW", "Trung ương");

    private Issuers() {}

    /** The issuer a number's suffix names by itself: {@code 35/NQ-CP} → Chính phủ; null when not central or ambiguous. */
    public static @Nullable String fromSuffix(@Nullable String number) {
        if (number == null) {
            return null;
        }
        String[] slash = number.split("/");
        String last = slash[slash.length - 1];
        String suffix;
        if (slash[0].contains("-")) { // Party: 03-CT/TW, 39-HD/BTGTU
            suffix = last;
        } else {
            int dash = last.indexOf('-');
            suffix = dash >= 0 ? last.substring(dash + 1) : last;
        }
        if (LEGISLATURE.matcher(suffix).matches()) {
            return "Quốc hội";
        }
        if (STANDING_COMMITTEE.matcher(suffix).matches()) {
            return "Ủy ban Thường vụ Quốc hội";
        }
        return CENTRAL_SUFFIXES.get(suffix.toUpperCase(Locale.ROOT).replace("Đ", "Đ"));
    }

    /** Expands the abbreviations officials write in running text (DOMAIN.md): UBND, HĐND, MTTQ, BTV. */
    public static String expand(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return out.toString();
    }
}
