package vn.vanban.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanban.analysis.bench.AnalysisBenchmark;

class VietnameseTextTest {

    @Test
    void open_rhymes_take_the_tone_on_the_first_vowel() {
        assertThat(VietnameseText.normalize("hoà khoẻ thuỷ Uỷ ban hoá")).isEqualTo("hòa khỏe thủy Ủy ban hóa");
        assertThat(VietnameseText.normalize("HOÀ THUỶ")).isEqualTo("HÒA THỦY");
    }

    @Test
    void closed_rhymes_and_the_qu_onset_are_left_alone() {
        assertThat(VietnameseText.normalize("hoàng thuyết quý quỳ toán khuyên"))
                .isEqualTo("hoàng thuyết quý quỳ toán khuyên");
    }

    @Test
    void decomposed_input_becomes_composed_and_canonical() {
        String nfd = Normalizer.normalize("Ủy ban nhân dân hoà", Normalizer.Form.NFD);
        assertThat(VietnameseText.normalize(nfd)).isEqualTo("Ủy ban nhân dân hòa");
    }

    @Test
    void combining_marks_detached_by_spaces_are_composed_onto_their_syllable() {
        assertThat(VietnameseText.normalize("Thư \u0323 c hiê \u0323 n Kê \u0301 hoa \u0323 ch sô \u0301 88-KH/TU"))
                .isEqualTo("Thực hiện Kế hoạch số 88-KH/TU");
        assertThat(VietnameseText.normalize(
                        "nga \u0300 y 06 tha \u0301 ng 3, Ban Thươ \u0300 ng vu \u0323 Thi \u0323 u \u0309 y"))
                .isEqualTo("ngày 06 tháng 3, Ban Thường vụ Thị ủy");
        assertThat(VietnameseText.normalize("vê \u0300 an toa \u0300 n, Đa \u0309 ng u \u0309 y phươ \u0300 ng"))
                .isEqualTo("về an toàn, Đảng ủy phường");
    }

    @Test
    void a_soft_hyphen_after_digits_is_the_separator_of_a_number_elsewhere_it_is_dropped() {
        assertThat(VietnameseText.normalize("số 142\u00ADKH/TU, văn\u00ADbản")).isEqualTo("số 142-KH/TU, vănbản");
    }

    @Test
    void look_alike_letters_invisibles_and_dash_variants_are_unified() {
        assertThat(VietnameseText.normalize("Ðảng\u200B ủy\u00A0xã 03\u2013CT\uFF0FTW"))
                .isEqualTo("Đảng ủy xã 03-CT/TW");
    }

    @Test
    void folding_removes_every_diacritic_and_dj_and_lowers_case() {
        assertThat(VietnameseText.fold("ĐẢNG Ủy Khối ƯU TIÊN dùng hàng Việt"))
                .isEqualTo("dang uy khoi uu tien dung hang viet");
        assertThat(VietnameseText.fold(Normalizer.normalize("hòa", Normalizer.Form.NFD)))
                .isEqualTo("hoa");
    }

    @Test
    void characters_nfc_changes_on_their_own_are_composed_too() {
        // U+212B ANGSTROM SIGN and U+2126 OHM SIGN are NFC singletons.
        assertThat(VietnameseText.normalize("\u212B \u2126")).isEqualTo("\u00C5 \u03A9");
    }

    @Test
    void canonical_text_is_returned_without_copying() {
        char[] text = "Chỉ thị số 03-CT/TW về Cuộc vận động".toCharArray();
        assertThat(VietnameseText.normalize(text, text.length, (off, diff) -> {})
                        .chars())
                .isSameAs(text);
    }

    /**
     * What {@code normalize} must give, the slow and obvious way: NFC over the whole text, the
     * one-character rules, then the tone rule over every rhyme.
     */
    private static String reference(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder mapped = new StringBuilder(nfc.length());
        char[] chars = nfc.toCharArray();
        for (int i = 0; i < nfc.length(); i++) {
            int last = mapped.length() - 1;
            if (nfc.charAt(i) == ' '
                    && i + 1 < nfc.length()
                    && isMark(nfc.charAt(i + 1))
                    && last >= 0
                    && Character.isLetter(mapped.charAt(last))) {
                int e = i + 1;
                while (e < nfc.length() && isMark(nfc.charAt(e))) {
                    e++;
                }
                String composed =
                        Normalizer.normalize(mapped.charAt(last) + nfc.substring(i + 1, e), Normalizer.Form.NFC);
                if (composed.length() == 1) {
                    mapped.setCharAt(last, composed.charAt(0));
                    i = e - 1;
                    if (e + 1 < nfc.length()
                            && nfc.charAt(e) == ' '
                            && VietnameseText.continuesSyllable(chars, e + 1, chars.length, composed.charAt(0))) {
                        i = e;
                    }
                    continue;
                }
            }
            if (nfc.charAt(i) == '\u00AD'
                    && last >= 0
                    && mapped.charAt(last) >= '0'
                    && mapped.charAt(last) <= '9'
                    && i + 1 < nfc.length()
                    && Character.isLetterOrDigit(nfc.charAt(i + 1))) {
                mapped.append('-');
                continue;
            }
            char c = VietnameseText.mapChar(nfc.charAt(i));
            if (c != VietnameseText.REMOVE) {
                mapped.append(c);
            }
        }
        VietnameseText.canonicalTones(mapped);
        return mapped.toString();
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static String normalizedWithCorrections(String text) {
        char[] in = text.toCharArray();
        int[] lastDiff = {0};
        VietnameseText.Normalized out = VietnameseText.normalize(in, in.length, (off, diff) -> lastDiff[0] = diff);
        assertThat(lastDiff[0]).as("final offset correction of %s", text).isEqualTo(in.length - out.length());
        return new String(out.chars(), 0, out.length());
    }

    @Test
    void random_text_of_tricky_characters_normalizes_like_the_whole_text_rules() {
        // Letters of open and closed rhymes, every kind of change, and runs long enough for the
        // block scan to skip clean text between changes.
        String[] pieces = {
            "o",
            "u",
            "O",
            "U",
            "a",
            "e",
            "y",
            "q",
            "h",
            "n",
            "g",
            " ",
            "-",
            "à",
            "á",
            "ả",
            "ã",
            "ạ",
            "è",
            "ẻ",
            "ỳ",
            "ý",
            "Ý",
            "ỷ",
            "À",
            "\u0300",
            "\u0301",
            "\u0309",
            "\u0303",
            "\u0323",
            "\u0302",
            "\u200B",
            "\u00AD",
            "\u00A0",
            "\u2013",
            "\uFF0F",
            "\u00D0",
            "\u212B",
            "Chỉ thị số 03-CT/TW của Ban Bí thư ",
            "kế hoạch ",
        };
        Random random = new Random(20261127);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            assertThat(normalizedWithCorrections(input))
                    .as("normalize(%s)", input)
                    .isEqualTo(reference(input));
        }
    }

    @Test
    void the_gazette_texts_normalize_like_the_whole_text_rules() throws IOException {
        Path shared = AnalysisBenchmark.sharedDir();
        List<Path> files;
        try (Stream<Path> walk = Stream.of(shared.resolve("seeds"), shared.resolve("corpus/congbao"))
                .filter(Files::isDirectory)
                .flatMap(dir -> {
                    try {
                        return Files.walk(dir);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(files.isEmpty(), "skipped: no texts under " + shared);
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(normalizedWithCorrections(text)).as("%s", file).isEqualTo(reference(text));
        }
    }
}
