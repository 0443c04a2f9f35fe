package vn.vanban.indexer.document;

import java.util.Locale;
import vn.vanban.analysis.text.DocumentNumberText;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Document numbers (số, ký hiệu) as printed and as compared.
 *
 * <p>Party numbers are {@code 35-KH/ĐUK}; State numbers {@code 197/KH-UBND} or, for legal
 * normative documents, {@code 15/2020/NĐ-CP} (Decree 30/2020/NĐ-CP, Appendix I). Typed and scanned
 * text writes them with spaces ({@code 03 - CT/TW}), other dashes, or {@code D} for {@code Đ}.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {}

    /**
     * The number as it should be shown and stored: {@code "Số: 197 /KH-UBND"} → {@code 197/KH-UBND},
     * {@code "03 – CT/TW"} → {@code 03-CT/TW}; the same rule as the {@code vi_docnum} tokenizer
     * ({@link DocumentNumberText}). Letters keep their case ({@code QyĐ}, {@code CTr}).
     */
    public static String normalize(String printed) {
        return DocumentNumberText.compact(VietnameseText.normalize(printed)).text();
    }

    /**
     * The form two numbers are compared in: normalised, upper case, {@code Đ} folded to {@code D}
     * and diacritics removed, so {@code 15/2020/ND-CP} and {@code 15/2020/NĐ-CP} are one number.
     */
    public static String key(String printed) {
        return VietnameseText.fold(normalize(printed)).toUpperCase(Locale.ROOT);
    }
}
