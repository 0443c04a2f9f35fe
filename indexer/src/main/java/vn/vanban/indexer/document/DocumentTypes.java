package vn.vanban.indexer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;

/**
 * The document types: their codes in numbers and their Vietnamese names (DOMAIN.md "Type
 * abbreviations"; Decree 30/2020/NĐ-CP, Appendix III; Party Central Office Guidance 36-HD/VPTW).
 */
public final class DocumentTypes {

    /** Official letter (công văn): no type in its number ({@code 123/UBND-VX}). */
    public static final DocumentType OFFICIAL_LETTER = new DocumentType("CV", "Công văn");

    public static final DocumentType CONSOLIDATED = new DocumentType("VBHN", "Văn bản hợp nhất");

    private static final Map<String, DocumentType> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, DocumentType> BY_NAME = new LinkedHashMap<>();
    private static final List<String> NAMES_LONGEST_FIRST;

    static {
        add("NQ", "Nghị quyết");
        add("CT", "Chỉ thị");
        add("KL", "Kết luận");
        add("QĐ", "Quyết định");
        add("QC", "Quy chế");
        add("QyĐ", "Quy định");
        add("HD", "Hướng dẫn");
        add("KH", "Kế hoạch");
        add("CTr", "Chương trình");
        add("TB", "Thông báo");
        add("BC", "Báo cáo");
        add("ĐA", "Đề án");
        add("TTr", "Tờ trình");
        add("TT", "Thông tư");
        add("TTLT", "Thông tư liên tịch");
        add("NĐ", "Nghị định");
        add("CĐ", "Công điện");
        add("GM", "Giấy mời");
        add("PA", "Phương án");
        add("BB", "Biên bản");
        add("HĐ", "Hợp đồng");
        add("L", "Luật");
        add("PL", "Pháp lệnh");
        add("HP", "Hiến pháp");
        add(CONSOLIDATED.code(), CONSOLIDATED.name());
        add(OFFICIAL_LETTER.code(), OFFICIAL_LETTER.name());
        // Codes printed in other spellings.
        BY_CODE.put(key("QD"), BY_CODE.get(key("QĐ")));
        BY_CODE.put(key("ND"), BY_CODE.get(key("NĐ")));
        BY_CODE.put(key("DA"), BY_CODE.get(key("ĐA")));
        BY_CODE.put(key("QYD"), BY_CODE.get(key("QyĐ")));
        BY_CODE.put(key("CTR"), BY_CODE.get(key("CTr")));
        BY_NAME.put(key("Văn bản hợp nhất"), CONSOLIDATED);
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        NAMES_LONGEST_FIRST = List.copyOf(names);
    }

    private DocumentTypes() {}

    private static void add(String code, String name) {
        DocumentType t = new DocumentType(code, name);
        BY_CODE.put(key(code), t);
        BY_NAME.put(key(name), t);
    }

    /** The type whose code is printed in a number ({@code KH}, {@code QĐ}, {@code QD}); case-insensitive. */
    public static Optional<DocumentType> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(key(code)));
    }

    /** The type of this Vietnamese name in any case ({@code KẾ HOẠCH}, {@code Kế hoạch}). */
    public static Optional<DocumentType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(key(name.replaceAll("\\s+", " "))));
    }

    /** Type names, longest first, lower case: for building patterns. */
    public static List<String> namesLongestFirst() {
        return NAMES_LONGEST_FIRST;
    }

    /**
     * The type code printed in a normalised number: {@code 35-KH/ĐUK} → KH, {@code 197/KH-UBND} → KH,
     * {@code 15/2020/NĐ-CP} → NĐ, {@code 51/2024/QH15} → L (a law's number carries only the
     * legislature), {@code 123/UBND-VX} → CV (no type: an official letter).
     */
    public static @Nullable DocumentType fromNumber(@Nullable String number) {
        if (number == null) {
            return null;
        }
        String[] slash = number.split("/");
        if (slash.length < 2) {
            return null;
        }
        String first = slash[0];
        int dash = first.indexOf('-');
        if (dash > 0) { // Party form: 35-KH/ĐUK
            return byCode(first.substring(dash + 1)).orElse(null);
        }
        String rest = slash[slash.length - 1];
        if (slash.length == 3 && !rest.contains("-")) {
            // 51/2024/QH15: laws and codes of the National Assembly carry no type code.
            return rest.toUpperCase(Locale.ROOT).startsWith("QH") ? byCode("L").orElse(null) : null;
        }
        String code = rest.contains("-") ? rest.substring(0, rest.indexOf('-')) : rest;
        Optional<DocumentType> t = byCode(code);
        if (t.isPresent()) {
            return t.get();
        }
        // 123/UBND-VX: the part after the slash is the issuer, so the letter is a công văn.
        return slash.length == 2 && rest.contains("-") ? OFFICIAL_LETTER : null;
    }

    static String key(String s) {
        return VietnameseText.normalize(s).strip().toLowerCase(Locale.ROOT);
    }
}
