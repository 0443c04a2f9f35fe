package vn.vanban.analysis.abbrev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import vn.vanban.analysis.fold.IyVariants;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Abbreviations of organs, offices and document types in Party and State documents, each with the
 * words it stands for (see DOMAIN.md, "Abbreviations"). Written for this project from the
 * conventions of the documents; ambiguous ones (BCT: Bộ Chính trị or Bộ Công Thương) are left out.
 */
public final class Abbreviations {

    /** {@code ABBREVIATION, expansion[, expansion]}: every form on a line is equivalent. */
    public static final List<String> DEFAULTS = List.of(
            "UBND, Ủy ban nhân dân",
            "HĐND, Hội đồng nhân dân",
            "MTTQ, Mặt trận Tổ quốc",
            "TW, Trung ương",
            "TTg, Thủ tướng",
            "CP, Chính phủ",
            "BTV, Ban Thường vụ",
            "BBT, Ban Bí thư",
            "BCĐ, Ban Chỉ đạo",
            "BCH, Ban Chấp hành",
            "BTG, Ban Tuyên giáo",
            "ĐUK, Đảng ủy Khối",
            "QH, Quốc hội",
            "ĐBQH, Đại biểu Quốc hội",
            "HĐLĐ, Hợp đồng lao động",
            "NLĐ, Người lao động",
            "NSDLĐ, Người sử dụng lao động",
            "BHXH, Bảo hiểm xã hội",
            "BHYT, Bảo hiểm y tế",
            "BHTN, Bảo hiểm thất nghiệp",
            "LĐTBXH, Lao động - Thương binh và Xã hội",
            "CNVC, Công nhân viên chức",
            "CBCCVC, Cán bộ công chức viên chức",
            "KT-XH, Kinh tế - xã hội",
            "THPT, Trung học phổ thông",
            "THCS, Trung học cơ sở");

    private Abbreviations() {}

    /**
     * The synonym map for {@code lines}, its words in the form the search chain produces before
     * {@code vi_abbrev} (normalised, folded, i/y canonical), every form of a line mapped to all
     * others, originals kept.
     *
     * @throws IllegalArgumentException naming the line when it has fewer than two forms
     */
    public static SynonymMap synonymMap(List<String> lines) {
        Map<String, String> iy = IyVariants.parse(IyVariants.DEFAULTS);
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (String line : lines) {
            List<CharsRef> forms = new ArrayList<>();
            for (String form : line.split(",")) {
                CharsRef words = words(form, iy);
                if (words.length > 0) {
                    forms.add(words);
                }
            }
            if (forms.size() < 2) {
                throw new IllegalArgumentException("vi_abbrev: [" + line
                        + "] must name an abbreviation and at least one expansion, comma-separated");
            }
            for (CharsRef from : forms) {
                for (CharsRef to : forms) {
                    if (from != to) {
                        builder.add(from, to, true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of one form, as the tokenizer and filters would emit them, joined for SynonymMap. */
    private static CharsRef words(String form, Map<String, String> iy) {
        CharsRefBuilder out = new CharsRefBuilder();
        for (String raw : VietnameseText.normalize(form).split("[\\s\\-]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String folded = VietnameseText.fold(raw);
            String word = iy.getOrDefault(folded, folded);
            if (out.length() > 0) {
                out.append(SynonymMap.WORD_SEPARATOR);
            }
            out.append(word);
        }
        return out.get();
    }
}
