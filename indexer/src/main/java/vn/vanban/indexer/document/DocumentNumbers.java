package vn.vanban.indexer.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Document numbers (số, ký hiệu) as printed and as compared.
 *
 * <p>Party numbers are {@code 35-KH/ĐUK}; State numbers {@code 197/KH-UBND} or, for legal
 * normative documents, {@code 15/2020/NĐ-CP} (Decree 30/2020/NĐ-CP, Appendix I). Typed and scanned
 * text writes them with spaces ({@code 03 - CT/TW}), other dashes, or {@code D} for {@code Đ}.
 */
public final class DocumentNumbers {

    private static final Pattern PREFIX = Pattern.compile("^(?i:s[ốô]\\s*(?:hiệu)?\\s*:?)\\s*");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([-/])\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DocumentNumbers() {}

    /**
     * The number as it should be shown and stored: {@code "Số: 197 /KH-UBND"} → {@code 197/KH-UBND},
     * {@code "03 – CT/TW"} → {@code 03-CT/TW}. Letters keep their case ({@code QyĐ}, {@code CTr}).
     */
    public static String normalize(String printed) {
        String s = VietnameseText.normalize(printed).strip();
        s = PREFIX.matcher(s).replaceFirst("");
        s = SPACED_SEPARATOR.matcher(s).replaceAll("$1");
        s = SPACES.matcher(s).replaceAll(" ");
        while (!s.isEmpty() && ".,;:)".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The form two numbers are compared in: normalised, upper case, {@code Đ} folded to {@code D}
     * and diacritics removed, so {@code 15/2020/ND-CP} and {@code 15/2020/NĐ-CP} are one number.
     */
    public static String key(String printed) {
        String s = normalize(printed).replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toUpperCase(Locale.ROOT);
    }
}
