package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Section;

/**
 * Whatever the text, parsing ends and without an exception, and every offset it reports points into
 * the text. Guards the regular expressions against catastrophic backtracking, which runs for minutes
 * or hours: the guard is far above any honest parse, so a loaded machine cannot fail it. How fast the
 * pathological texts are parsed is measured by {@link ParserPathologyBenchmark}.
 */
class ParserFuzzTest {

    /** Only a runaway parse reaches it (the slowest pathological text takes well under a second). */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final DocumentParser PARSER = new DocumentParser();

    private static final List<String> FIXTURES = fixtures();

    private static List<String> fixtures() {
        try (Stream<Path> files = Files.list(AccuracyReport.DEFAULT_DIR)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt"))
                    // The fmt-* legacy-encoding fixtures are not UTF-8 on purpose.
                    .filter(f -> !f.getFileName().toString().startsWith("fmt-"))
                    .sorted()
                    .toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vietnamese letters, digits and the punctuation the patterns look at. */
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
            + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
            + "0123456789 \n\n\n\t-/.,;:()“”\"*#\\_–—";

    private static void parsesSafely(String text) {
        ParsedDocument d = assertTimeoutPreemptively(HANG_GUARD, () -> PARSER.parse("fuzz.txt", text));
        assertThat(d.status()).isEqualTo(DocumentStatus.OK);
        String t = d.text();
        for (int i = 0; i < d.citations().size(); i++) {
            Citation c = d.citations().get(i);
            assertThat(c.start()).isBetween(0, c.end());
            assertThat(c.end()).isLessThanOrEqualTo(t.length());
            assertThat(t.substring(c.start(), c.end())).isEqualTo(c.text());
            if (c.repeatOf() != null) {
                assertThat(c.repeatOf()).isLessThan(i);
            }
        }
        checkSections(d.sections(), t.length());
    }

    private static void checkSections(List<Section> sections, int length) {
        for (Section s : sections) {
            assertThat(s.start()).isBetween(0, length);
            assertThat(s.end()).isBetween(s.start(), length);
            checkSections(s.children(), length);
        }
    }

    @Property(tries = 300)
    void arbitrary_text_is_parsed_without_error(@ForAll("vietnamese") String text) {
        parsesSafely(text);
    }

    @Property(tries = 200)
    void any_unicode_is_parsed_without_error(@ForAll @StringLength(max = 3000) String text) {
        parsesSafely(text);
    }

    @Property(tries = 150)
    void mutated_documents_are_parsed_without_error(@ForAll("mutated") String text) {
        parsesSafely(text);
    }

    @Property(tries = 150)
    void spliced_fragments_of_documents_are_parsed_without_error(@ForAll("spliced") String text) {
        parsesSafely(text);
    }

    /** Repetitions that made a pattern backtrack once; shared with {@link ParserPathologyBenchmark}. */
    static final List<String> PATHOLOGICAL = List.of(
            "Chỉ thị số ".repeat(3000),
            "số 1/".repeat(5000) + "A",
            "1 - A / B - ".repeat(4000),
            "của Ban Bí thư ".repeat(4000),
            "ngày 1 tháng 1 năm ".repeat(3000),
            "Nghị quyết Đại hội Đảng bộ tỉnh ".repeat(2000),
            "Đề án " + "Phát triển ".repeat(5000),
            "Căn cứ Luật " + "An toàn, ".repeat(5000),
            ("ĐẢNG ỦY KHỐI " + "CƠ QUAN VÀ ".repeat(50) + "\n").repeat(200),
            "“".repeat(10000) + "về " + "a, B".repeat(5000),
            "\n".repeat(20000),
            "I. ".repeat(10000),
            "T/M BAN THƯỜNG VỤ\n".repeat(2000));

    @Example
    void pathological_repetitions_end() {
        PATHOLOGICAL.forEach(ParserFuzzTest::parsesSafely);
    }

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(4000);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of(FIXTURES);
        Arbitrary<List<int[]>> edits = Arbitraries.integers()
                .between(0, 1_000_000)
                .list()
                .ofMaxSize(40)
                .map(l -> l.stream().map(x -> new int[] {x, x % 7}).toList());
        return Combinators.combine(
                        base, edits, Arbitraries.strings().withChars(ALPHABET).ofMaxLength(30))
                .as((text, ops, insert) -> {
                    StringBuilder b = new StringBuilder(text);
                    for (int[] op : ops) {
                        if (b.isEmpty()) {
                            break;
                        }
                        int at = op[0] % b.length();
                        int to = Math.min(b.length(), at + 1 + op[0] % 50);
                        switch (op[1]) {
                            case 0, 1 -> b.delete(at, to);
                            case 2, 3 -> b.insert(at, insert);
                            case 4 -> b.insert(at, b.substring(at, to));
                            case 5 -> b.setCharAt(at, '\n');
                            default -> b.replace(at, to, b.substring(at, to).toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                    return b.toString();
                });
    }

    @Provide
    Arbitrary<String> spliced() {
        Arbitrary<String> fragment = Combinators.combine(
                        Arbitraries.of(FIXTURES),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(0, 2000))
                .as((text, start, length) -> {
                    int from = start % Math.max(1, text.length());
                    return text.substring(from, Math.min(text.length(), from + length));
                });
        return fragment.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }
}
