package vn.vanban.analysis.tokenize;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;
import vn.vanban.analysis.normalize.NormalizeCharFilterFactory;

public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {

    private static Analyzer analyzer(boolean emitParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new VietnameseTokenizerFactory(() -> emitParts).create();
                return new TokenStreamComponents(tokenizer);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new NormalizeCharFilterFactory().create(reader);
            }
        };
    }

    private final Analyzer plain = analyzer(false);
    private final Analyzer parts = analyzer(true);

    private static final String SYL = VietnameseTokenizer.SYLLABLE;
    private static final String DOC = VietnameseTokenizer.DOCNUM;
    private static final String NUM = VietnameseTokenizer.NUM;
    private static final String DATE = VietnameseTokenizer.DATE;

    @Test
    public void citation_in_running_text_keeps_number_and_date_whole() throws IOException {
        assertAnalyzesTo(
                plain,
                "theo Chỉ thị số 03-CT/TW, ngày 19/5/2021 của Ban Bí thư",
                new String[] {"theo", "Chỉ", "thị", "số", "03-CT/TW", "ngày", "19/5/2021", "của", "Ban", "Bí", "thư"},
                new int[] {0, 5, 9, 13, 16, 26, 31, 41, 45, 49, 52},
                new int[] {4, 8, 12, 15, 24, 30, 40, 44, 48, 51, 55},
                new String[] {SYL, SYL, SYL, SYL, DOC, SYL, DATE, SYL, SYL, SYL, SYL},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    @Test
    public void party_and_state_document_numbers_are_single_tokens() throws IOException {
        assertAnalyzesTo(
                plain,
                "35-KH/ĐUK 197/KH-UBND 15/2020/NĐ-CP 123/UBND-VX 142/2024/QH15 28/CT-TTg",
                new String[] {"35-KH/ĐUK", "197/KH-UBND", "15/2020/NĐ-CP", "123/UBND-VX", "142/2024/QH15", "28/CT-TTg"},
                new String[] {DOC, DOC, DOC, DOC, DOC, DOC});
    }

    @Test
    public void spaced_number_is_one_token_written_compact_with_original_offsets() throws IOException {
        assertAnalyzesTo(
                plain,
                "Số 03 - CT/TW và Số: 197 /KH-UBND",
                new String[] {"Số", "03-CT/TW", "và", "Số", "197/KH-UBND"},
                new int[] {0, 3, 14, 17, 21},
                new int[] {2, 13, 16, 19, 33},
                new String[] {SYL, DOC, SYL, SYL, DOC},
                new int[] {1, 1, 1, 1, 1});
    }

    @Test
    public void en_dash_in_a_number_is_unified_by_the_char_filter() throws IOException {
        assertAnalyzesTo(plain, "03 – CT/TW", new String[] {"03-CT/TW"}, new int[] {0}, new int[] {10});
    }

    @Test
    public void so_and_ngay_glued_to_digits_are_words_of_their_own() throws IOException {
        assertAnalyzesTo(
                plain,
                "Kế hoạch số131-KH/TU ngày09/8/2021 Số:17/KH-UBND",
                new String[] {"Kế", "hoạch", "số", "131-KH/TU", "ngày", "09/8/2021", "Số", "17/KH-UBND"},
                new String[] {SYL, SYL, SYL, DOC, SYL, DATE, SYL, DOC});
    }

    @Test
    public void a_soft_hyphen_inside_a_number_is_its_separator() throws IOException {
        assertAnalyzesTo(
                plain, "Kế hoạch số 142\u00ADKH/TU", new String[] {"Kế", "hoạch", "số", "142-KH/TU"}, new String[] {
                    SYL, SYL, SYL, DOC
                });
    }

    @Test
    public void combining_marks_detached_by_spaces_join_their_syllable_without_empty_tokens() throws IOException {
        assertAnalyzesTo(
                plain,
                "Thư \u0323 c hiê \u0323 n Kê \u0301 hoa \u0323 ch sô \u0301 88-KH/TU nga \u0300 y 20/02/2023 cu \u0309 a Thi \u0323 u \u0309 y",
                new String[] {"Thực", "hiện", "Kế", "hoạch", "số", "88-KH/TU", "ngày", "20/02/2023", "của", "Thị", "ủy"
                },
                new String[] {SYL, SYL, SYL, SYL, SYL, DOC, SYL, DATE, SYL, SYL, SYL});
        assertAnalyzesTo(plain, "a , \u0300 b", new String[] {"a", "b"});
    }

    @Test
    public void dates_and_numbers_have_their_own_types() throws IOException {
        assertAnalyzesTo(
                plain,
                "19-5-2021 1.000.000 đồng 1,5 lần",
                new String[] {"19-5-2021", "1.000.000", "đồng", "1,5", "lần"},
                new String[] {DATE, NUM, SYL, NUM, SYL});
    }

    @Test
    public void ranges_and_hyphenated_words_are_not_document_numbers() throws IOException {
        assertAnalyzesTo(plain, "giai đoạn 2021 - 2025, kinh tế - xã hội, năm 2022. Ban", new String[] {
            "giai", "đoạn", "2021", "2025", "kinh", "tế", "xã", "hội", "năm", "2022", "Ban"
        });
        assertAnalyzesTo(plain, "35-KH/ĐUK - Đảng ủy", new String[] {"35-KH/ĐUK", "Đảng", "ủy"});
    }

    @Test
    public void urls_and_email_addresses_are_single_tokens() throws IOException {
        assertAnalyzesTo(
                plain,
                "Xem https://congbao.chinhphu.vn/van-ban/a-1.htm, gửi thongtinchinhphu@chinhphu.vn.",
                new String[] {
                    "Xem", "https://congbao.chinhphu.vn/van-ban/a-1.htm", "gửi", "thongtinchinhphu@chinhphu.vn"
                },
                new String[] {SYL, VietnameseTokenizer.URL, SYL, VietnameseTokenizer.EMAIL});
    }

    @Test
    public void parts_of_a_number_follow_it_at_the_same_position() throws IOException {
        assertAnalyzesTo(
                parts,
                "số 03-CT/TW ngày 19/5/2021",
                new String[] {"số", "03-CT/TW", "03", "CT", "TW", "ngày", "19/5/2021", "19", "5", "2021"},
                new int[] {0, 3, 3, 3, 3, 12, 17, 17, 17, 17},
                new int[] {2, 11, 11, 11, 11, 16, 26, 26, 26, 26},
                new String[] {SYL, DOC, NUM, SYL, SYL, SYL, DATE, NUM, NUM, NUM},
                new int[] {1, 1, 0, 0, 0, 1, 1, 0, 0, 0});
    }

    @Test
    public void decomposed_text_stays_one_syllable_even_without_the_char_filter() throws IOException {
        Tokenizer tokenizer = new VietnameseTokenizer(false);
        tokenizer.setReader(new java.io.StringReader("ho\u0300a bi\u0300nh"));
        assertTokenStreamContents(tokenizer, new String[] {"ho\u0300a", "bi\u0300nh"});
    }

    @Test
    public void random_text_is_tokenized_consistently() throws IOException {
        checkRandomData(random(), plain, 300 * RANDOM_MULTIPLIER);
        checkRandomData(random(), parts, 300 * RANDOM_MULTIPLIER);
    }

    @Test
    public void random_vietnamese_like_text_with_numbers_is_tokenized_consistently() throws IOException {
        String[] pieces = {
            "03-CT/TW", "19/5/2021", " - ", "/", "Số:", "hoà", "Ủy", "1.000", "a@b.vn", "www.x.vn", " ", "đ"
        };
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                text.append(pieces[random().nextInt(pieces.length)]);
            }
            checkAnalysisConsistency(random(), parts, random().nextBoolean(), text.toString());
        }
    }

    @Test
    public void a_run_of_more_parts_than_any_number_has_is_read_part_by_part() throws IOException {
        // Nine parts from "1" and from "2": no compound; from "3" eight parts remain, a document number.
        assertAnalyzesTo(
                plain, "1/2/3/4/5/6/7/8/9/A", new String[] {"1", "2", "3/4/5/6/7/8/9/A"}, new String[] {NUM, NUM, DOC});
    }

    @Test
    public void the_longest_numbers_in_use_are_still_one_token() throws IOException {
        assertAnalyzesTo(
                plain,
                "1.000.000.000.000 15/2020/TT-BTC-VP 1/2/3/4/5/6/7/A",
                new String[] {"1.000.000.000.000", "15/2020/TT-BTC-VP", "1/2/3/4/5/6/7/A"},
                new String[] {NUM, DOC, DOC});
    }

    @Test
    public void a_long_dash_or_slash_run_gives_one_token_per_part() throws IOException {
        StringBuilder dashes = new StringBuilder();
        StringBuilder slashes = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            dashes.append("1-");
            slashes.append("12/");
        }
        for (String run : new String[] {dashes.toString(), slashes.toString()}) {
            try (var stream = plain.tokenStream("f", run)) {
                var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                stream.reset();
                int tokens = 0;
                while (stream.incrementToken()) {
                    assertTrue(term.length() <= 3);
                    tokens++;
                }
                stream.end();
                assertEquals(5_000, tokens);
            }
        }
    }
}
