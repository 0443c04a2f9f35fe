package vn.vanban.indexer.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.DocumentTypes;
import vn.vanban.indexer.document.Relation;

/**
 * Finds every reference to another document (DOMAIN.md, "How documents cite each other"). Pure and
 * thread-safe. Works on text in which Markdown marks and Gazette furniture have been blanked (same
 * length as the text offsets refer to), so a citation broken across lines or pages is found whole.
 *
 * <p>Every pattern is linear: bounded repetitions, no nested quantifiers over the same characters.
 */
public final class CitationFinder {

    private static final String TYPES = DocumentTypes.namesLongestFirst().stream()
            .filter(n -> !n.equals("văn bản hợp nhất"))
            .map(n -> n.replace(" ", "\\s{1,3}"))
            .collect(Collectors.joining("|"));

    /**
     * What may stand before a number, anchored at its end: the type word and "số" ("Chỉ thị số ", "Nghị
     * định "), or a law's name ("Luật Bảo hiểm y tế số "). Numbers are found first (they start with a
     * digit, a cheap scan) and these are tried on a short window before each: scanning the whole text
     * with a case-insensitive alternation of every type name was the parser's main cost.
     */
    private static final Pattern TYPE_BEFORE = Pattern.compile("(?<![\\p{L}])(?<type>(?iu:" + TYPES + "))"
            + "(?:\\s{1,3}(?iu:liên\\s{1,3}tịch))?\\s{1,3}(?:(?iu:số)(?:\\s{0,3}:)?\\s{0,3}\\n?\\s{0,3})?$");

    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?<type>Bộ luật|Luật|Pháp lệnh)\\s{1,3}"
            + "(?<title>\\p{Lu}[^\\n;:,.()“”\"]{0,100}?)\\s{1,3}số\\s{0,3}$");

    private static final Pattern SO_BEFORE = Pattern.compile("(?<![\\p{L}])(?iu:số)\\s{0,3}:?\\s{0,3}$");

    /** "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV". */
    private static final Pattern CONGRESS = Pattern.compile("(?<![\\p{L}])(?<type>Nghị quyết)\\s{1,3}Đại\\s{1,3}hội"
            + "(?:\\s{1,3}đại\\s{1,3}biểu)?(?:\\s{1,3}toàn\\s{1,3}quốc)?"
            + "(?:\\s{1,3}(?:lần\\s{1,3}thứ\\s{1,3})?[XVIL]{1,6}(?![\\p{L}]))?"
            + "(?:\\s{1,3}(?:của\\s{1,3})?Đảng(?:\\s{1,3}bộ(?:\\s{1,3}(?:tỉnh|Tỉnh|thành\\s{1,3}phố|Thành\\s{1,3}phố"
            + "|huyện|Huyện|quận|Quận|thị\\s{1,3}xã|xã|phường|Khối)(?:\\s{1,3}\\p{Lu}\\p{L}{0,10}){0,3})?)?)?"
            + "(?:\\s{1,3}lần\\s{1,3}thứ\\s{1,3}[XVIL]{1,6}(?![\\p{L}]))?"
            + "(?:\\s{1,3}nhiệm\\s{1,3}kỳ\\s{1,3}\\d{4}\\s{0,2}-\\s{0,2}\\d{4})?");

    /** "Đề án Phát triển thị trường trong nước … giai đoạn 2021 - 2025". */
    private static final Pattern SCHEME = Pattern.compile("(?<![\\p{L}])(?<type>Đề án)\\s{1,3}"
            + "(?<title>\\p{L}[^;\\n.()]{0,200}?giai\\s{1,3}đoạn\\s{1,3}\\d{4}\\s{0,2}-\\s{0,2}\\d{4})");

    /** An unnumbered law in a "Căn cứ" clause: "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025". */
    private static final Pattern LAW = Pattern.compile("(?<![\\p{L}])(?<type>Bộ luật|Luật|Pháp lệnh|Hiến pháp)"
            + "(?<title>\\s{1,3}\\p{L}[^;:.()“”\"]{0,120}?|(?<=Hiến pháp)\\s{1,3}[^;:.()“”\"]{0,80}?)"
            + "(?=\\s{1,3}(?:ngày|số\\s{0,3}\\d|năm\\s{1,3}\\d|đã|được)|\\s{0,3}[;.:]|\\s{0,3},\\s{1,3}(?:Luật|Bộ luật|Pháp lệnh)"
            + "|\\s{0,3}$)");

    /** What may stand just before an unnumbered law that is itself a legal ground. */
    private static final Pattern LAW_LEAD = Pattern.compile("(?iu)(?:căn\\s+cứ|;|,|\\svà)\\s*$");

    private static final Pattern DATE_AFTER = Pattern.compile(
            "[ \\t]{0,3},?\\s{0,3}(?:(?:được\\s{1,3})?ban\\s{1,3}hành" + "\\s{1,3})?(?:ngày\\s{1,4})?" + Dates.DATE);

    /** A date in parentheses after the number: "Quy định số 69-QĐ/TW (ngày 06/7/2022) của Bộ Chính trị". */
    private static final Pattern DATE_PARENTHESISED =
            Pattern.compile("\\s{0,3}\\(\\s{0,2}(?:ngày\\s{1,4})?" + Dates.DATE + "\\s{0,2}\\)");

    private static final Pattern DATE_WORDED = Pattern.compile("\\s{0,3},?\\s{0,3}ngày\\s{1,4}" + Dates.DATE);

    private static final Pattern ISSUER_LEAD = Pattern.compile("\\s{0,400}+,?\\s{0,400}+(?:của|do)\\s{1,400}+");

    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "(?iu)\\s{0,3},?\\s{0,3}(?:về\\s{1,3}việc|v/v|về)\\s{1,3}"
                    + "|\\s{1,3}(?=(?:quy\\s{1,3}định|hướng\\s{1,3}dẫn|ban\\s{1,3}hành|sửa\\s{1,3}đổi|bổ\\s{1,3}sung|phê\\s{1,3}duyệt"
                    + "|thành\\s{1,3}lập|công\\s{1,3}bố|bãi\\s{1,3}bỏ|điều\\s{1,3}chỉnh|giao|phân\\s{1,3}bổ)(?![\\p{L}]))");

    /** A word of a name; an apostrophe inside it belongs to it ("phường B'Lao", "xã Ia H'Drai"). */
    private static final Pattern WORD = Pattern.compile("\\s{0,400}+([\\p{L}\\d]+(?:['’][\\p{L}\\d]+)*|-)");

    private static final Pattern TYPE_AHEAD = Pattern.compile("(?iu:" + TYPES + ")(?![\\p{L}])");

    private static final Pattern LEAD_VERB =
            Pattern.compile("(?iu)^(?:[-+•]\\s{0,3})?(?:căn\\s+cứ|thực\\s+hiện|triển\\s+khai"
                    + "|quán\\s+triệt|để\\s+(?:triển\\s+khai|thực\\s+hiện|cụ\\s+thể\\s+hóa)|tiếp\\s+tục\\s+(?:thực\\s+hiện|triển\\s+khai)"
                    + "|nhằm\\s+(?:triển\\s+khai|thực\\s+hiện|cụ\\s+thể\\s+hóa))(?![\\p{L}])");

    private static final Pattern IMPLEMENT_VERB = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:thực\\s+hiện|triển\\s+khai|quán\\s+triệt" + "|cụ\\s+thể\\s+hóa)(?![\\p{L}])");

    /** Lower-case syllables that belong inside organ names ("Ủy ban nhân dân tỉnh", "Bộ Giao thông vận tải"). */
    private static final Set<String> ORGAN_WORDS = Set.of(
            "ủy", "uỷ", "ban", "nhân", "dân", "và", "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường",
            "trấn", "bộ", "vận", "tải", "nông", "thôn", "đào", "tạo", "hội", "khối", "thường", "vụ", "trực", "cơ",
            "quan", "doanh", "nghiệp", "các", "đặc", "khu");

    /** Locality kinds: inside a name only before the locality's own name ("tỉnh Quảng Ninh"). */
    private static final Set<String> LOCALITY_WORDS =
            Set.of("tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn", "đặc", "khu");

    /** Prefixes of an issuer that name the body acting for the committee, not the issuer. */
    private static final Pattern ACTING_BODY = Pattern.compile(
            "^(?:Ban Thường vụ|Ban Thường trực|Thường trực|Ban Chấp hành) (?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy"
                    + "|Ủy ban Mặt trận)");

    private static final Pattern HEAD_OF_ORGAN =
            Pattern.compile("^(?:Bộ trưởng|Chủ tịch|Thủ trưởng|Tổng Giám đốc|Giám đốc)"
                    + " (?=(?:Bộ|Ủy ban|Hội đồng|Sở|Ngân hàng|Bảo hiểm)[ ])");

    private static final Pattern BARE_COMMITTEE = Pattern.compile("(Tỉnh|Thành|Huyện|Quận|Thị) ủy$");

    private static final Pattern BARE_UNIT = Pattern.compile("(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$");

    /** Finds the citations of a text; {@code text} is the blanked text offsets refer to. */
    public List<Citation> find(String text, CitationContext ctx) {
        List<Mention> mentions = collect(text, ctx);
        assignRelations(text, mentions, ctx);
        return link(text, mentions);
    }

    // ---------------------------------------------------------------- collection

    private List<Mention> collect(String text, CitationContext ctx) {
        List<Mention> found = new ArrayList<>();
        addNumbered(found, text);
        // Literal anchors first (String.indexOf), then the pattern at that place: much cheaper than
        // letting the regex engine try every position of a long text.
        Matcher congress = CONGRESS.matcher(text);
        for (int at = text.indexOf("Nghị quyết"); at >= 0; at = text.indexOf("Nghị quyết", at + 1)) {
            if (startsWord(text, at) && congress.region(at, text.length()).lookingAt()) {
                String t = collapse(congress.group());
                if (t.length() > "Nghị quyết Đại hội".length()) {
                    found.add(unnumbered(text, at, congress.end(), "Nghị quyết", t));
                }
            }
        }
        Matcher scheme = SCHEME.matcher(text);
        for (int at = text.indexOf("Đề án"); at >= 0; at = text.indexOf("Đề án", at + 1)) {
            if (startsWord(text, at) && scheme.region(at, text.length()).lookingAt()) {
                found.add(unnumbered(text, at, scheme.end(), "Đề án", collapse(scheme.group())));
            }
        }
        // Unnumbered laws count only as legal grounds: only the opening is searched.
        int from = Math.max(0, ctx.preambleStart());
        int to = Math.min(text.length(), Math.max(from, ctx.preambleEnd()));
        Matcher law = LAW.matcher(text);
        law.region(from, to);
        while (law.find()) {
            String before = text.substring(Math.max(0, law.start() - 12), law.start());
            if (inBasisClause(text, law.start(), ctx)
                    && LAW_LEAD.matcher(before).find()) {
                found.add(unnumbered(text, law.start(), law.end(), law.group("type"), collapse(law.group())));
            }
        }
        // Earliest start wins; at one start the longest match.
        found.sort(Comparator.comparingInt((Mention m) -> m.start).thenComparingInt(m -> -m.matchEnd));
        List<Mention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m : found) {
            if (m.start >= lastEnd) {
                kept.add(m);
                lastEnd = m.matchEnd;
            }
        }
        for (Mention m : kept) {
            completeTail(text, m, ctx);
        }
        kept.removeIf(m -> isOwn(m, ctx));
        return kept;
    }

    /**
     * The document's own number is no citation — unless another organ issued it: numbers restart with
     * every organ and year, so a township plan {@code 01/KH-UBND} implements the district's {@code
     * 01/KH-UBND} ("Thực hiện Kế hoạch số 01/KH-UBND … của UBND huyện"). A mention of the own number is
     * the document itself when it names no issuer, or the document's own (or a name the own one
     * completes: "Ủy ban nhân dân"), and no date of another year.
     */
    private static boolean isOwn(Mention m, CitationContext ctx) {
        if (m.number == null || ctx.ownNumber() == null) {
            return false;
        }
        if (!DocumentNumbers.key(m.number).equals(DocumentNumbers.key(ctx.ownNumber()))) {
            return false;
        }
        if (m.date != null
                && ctx.date() != null
                && m.date.getYear() != ctx.date().getYear()) {
            return false;
        }
        if (m.issuer == null || ctx.issuer() == null) {
            return true;
        }
        String cited = organWords(m.issuer);
        String own = organWords(ctx.issuer());
        return own.equals(cited) || own.startsWith(cited + " ");
    }

    /** An organ's name compared word by word: case, tone placement and "UBND" do not matter. */
    private static String organWords(String issuer) {
        String s = VietnameseText.normalize(Issuers.expand(issuer)).toLowerCase(Locale.ROOT);
        return ACTING_BODY_FOLDED
                .matcher(s)
                .replaceFirst("")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static final Pattern ACTING_BODY_FOLDED =
            Pattern.compile("^(?:ban thường vụ|ban thường trực|thường trực) ");

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetter(text.charAt(at - 1));
    }

    private void addNumbered(List<Mention> out, String text) {
        // Transparent bounds: the pattern's look-behind sees the text before the region.
        Matcher m = NumberSyntax.NUMBER_PATTERN.matcher(text).useTransparentBounds(true);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue; // a number starts with a digit that does not continue a word
            }
            m.region(i, length);
            if (!m.lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            String number = DocumentNumbers.normalize(m.group());
            int start = m.start();
            DocumentType type = null;
            String title = null;
            String window = text.substring(Math.max(0, m.start() - 140), m.start());
            int windowStart = m.start() - window.length();
            Matcher titled = TITLE_BEFORE.matcher(window);
            Matcher typed = TYPE_BEFORE.matcher(window.substring(Math.max(0, window.length() - 40)));
            if (typed.find()) {
                String typeWord = collapse(typed.group("type"));
                type = DocumentTypes.byName(typeWord).orElse(null);
                start = m.start() - (Math.min(window.length(), 40) - typed.start());
            } else if (titled.find()) {
                type = titled.group("type").equals("Pháp lệnh")
                        ? DocumentTypes.byName("Pháp lệnh").orElse(null)
                        : DocumentTypes.byCode("L").orElse(null);
                title = collapse(titled.group("title"));
                start = windowStart + titled.start();
            } else {
                Matcher so = SO_BEFORE.matcher(window.substring(Math.max(0, window.length() - 12)));
                if (so.find()) {
                    start = m.start() - (Math.min(window.length(), 12) - so.start());
                }
            }
            DocumentType fromNumber = DocumentTypes.fromNumber(number);
            if (type == null) {
                if (fromNumber == null && Issuers.fromSuffix(number) == null) {
                    continue; // a bare slash-number naming neither a type nor a known issuer is not a citation
                }
                type = fromNumber;
            }
            Mention mention = new Mention(start, m.end(), number, type);
            mention.title = title;
            out.add(mention);
        }
    }

    private Mention unnumbered(String text, int start, int end, String typeWord, String title) {
        Mention m = new Mention(start, end, null, DocumentTypes.byName(typeWord).orElse(null));
        m.title = title;
        return m;
    }

    /** Reads what follows the number: date, "của" issuer, a date after the issuer, the "về …" subject. */
    private void completeTail(String text, Mention m, CitationContext ctx) {
        int pos = m.matchEnd;
        if (m.number != null || m.type == null || !"Nghị quyết".equals(m.type.name())) {
            Matcher d =
                    (m.number != null ? DATE_AFTER : DATE_WORDED).matcher(text).region(pos, text.length());
            Matcher p = DATE_PARENTHESISED.matcher(text).region(pos, text.length());
            if (d.lookingAt()) {
                m.date = Dates.of(d, 0);
                pos = d.end();
            } else if (m.number != null && p.lookingAt()) {
                m.date = Dates.of(p, 0);
                pos = p.end();
            }
        }
        Matcher of = ISSUER_LEAD.matcher(text).region(pos, text.length());
        if (of.lookingAt()) {
            int[] span = issuerSpan(text, of.end());
            if (span[1] > span[0]) {
                m.issuerText = collapse(text.substring(span[0], span[1]));
                pos = span[1];
                if (m.date == null) {
                    Matcher d = DATE_WORDED.matcher(text).region(pos, text.length());
                    if (d.lookingAt()) {
                        m.date = Dates.of(d, 0);
                        pos = d.end();
                    }
                }
            }
        }
        m.coreEnd = pos;
        Matcher s = SUBJECT_LEAD.matcher(text).region(pos, text.length());
        if (s.lookingAt() && m.number != null) {
            m.subjectStart = s.end();
            m.subjectEnd = clauseEnd(text, s.end());
        }
        m.issuer = resolveIssuer(m, ctx);
    }

    /**
     * The issuer after "của": the whole organ name, capitalised words and the lower-case syllables
     * organ names carry ("Ủy ban nhân dân tỉnh", "Bộ Giao thông vận tải", "Sở Văn hóa, Thể thao và Du
     * lịch"), ended by the citation's own grammar: "về", "ngày", a verb ("ban hành", "quy định"), ","
     * before anything but the next part of a ministry's name, or the end of the clause.
     */
    private int[] issuerSpan(String text, int from) {
        Matcher w = WORD.matcher(text);
        int pos = from;
        int end = from;
        boolean prevCapital = false;
        String head = null;
        for (int count = 0; count < 20; count++) {
            w.region(pos, text.length());
            if (!w.lookingAt()) {
                int comma = commaInName(text, pos, head);
                if (comma < 0) {
                    break;
                }
                pos = comma;
                continue;
            }
            String word = w.group(1);
            String gap = text.substring(pos, w.start(1));
            if (count > 0 && gap.indexOf('\n') != gap.lastIndexOf('\n') && !Character.isLowerCase(word.charAt(0))) {
                break; // a new paragraph (a page break inside a name goes on in lower case)
            }
            if (count > 0
                    && TYPE_AHEAD
                            .matcher(text)
                            .region(w.start(1), text.length())
                            .lookingAt()) {
                break; // "của Ban Bí thư và Chỉ thị số …": the next citation starts
            }
            if (word.equals("-")) {
                pos = w.end();
                continue;
            }
            boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) && count > 0;
            String lower = word.toLowerCase(Locale.ROOT);
            String next = nextWord(text, w.end());
            if (!capital
                    && (GRAMMAR_WORDS.contains(lower) || VERBS.contains(lower + " " + next) || VERBS.contains(lower))) {
                break;
            }
            if (count == 0 && !capital) {
                break;
            }
            boolean organWord = ORGAN_WORDS.contains(lower);
            if (!capital && !prevCapital && !organWord) {
                break;
            }
            if (head == null) {
                head = word;
            }
            pos = w.end();
            end = w.end();
            prevCapital = capital || organWord && !LOCALITY_WORDS.contains(lower);
        }
        // Trailing connectors are not part of the name.
        String span = text.substring(from, end);
        String trimmed = span.replaceAll("(?:\\s+(?:và|-))+\\s*$", "");
        return new int[] {from, from + trimmed.length()};
    }

    /**
     * A comma inside a ministry's or department's name ("Bộ Văn hóa, Thể thao và Du lịch"): after a
     * "Bộ"/"Sở" name, followed by a capitalised word that does not open another organ. The position
     * after the comma, or -1.
     */
    private static int commaInName(String text, int pos, @Nullable String head) {
        if (head == null || !(head.equals("Bộ") || head.equals("Sở"))) {
            return -1;
        }
        int i = skipSpaces(text, pos, text.length());
        if (i >= text.length() || text.charAt(i) != ',') {
            return -1;
        }
        Matcher w = WORD.matcher(text).region(i + 1, text.length());
        if (!w.lookingAt() || !Character.isUpperCase(w.group(1).charAt(0))) {
            return -1;
        }
        if (ORGAN_HEADS.contains(w.group(1))) {
            return -1; // "của Bộ Chính trị, Ban Bí thư": two issuers
        }
        return i + 1;
    }

    private static String nextWord(String text, int from) {
        Matcher w = WORD.matcher(text).region(from, text.length());
        return w.lookingAt() ? w.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Words that open another organ's name. */
    private static final Set<String> ORGAN_HEADS = Set.of(
            "Ban", "Bộ", "Sở", "Ủy", "Uỷ", "Đảng", "Hội", "Thường", "Tỉnh", "Huyện", "Thành", "Thị", "Quận", "Chính",
            "Thủ", "Quốc", "Mặt", "Công", "Đoàn", "Văn", "UBND", "HĐND");

    /** Grammar that ends a cited issuer: the date, the subject, a place, a time, a purpose. */
    private static final Set<String> GRAMMAR_WORDS = Set.of(
            "về",
            "ngày",
            "tại",
            "theo",
            "trong",
            "đã",
            "được",
            "năm",
            "số",
            "có",
            "để",
            "nhằm",
            "gắn",
            "khóa",
            "lần",
            "với",
            "cho",
            "đến",
            "từ",
            "như",
            "là",
            "thì",
            "mà",
            "nay",
            "này",
            "đó",
            "trên",
            "sau",
            "trước",
            "khi",
            // first syllables of the verbs that follow an issuer and belong to no organ's name
            "quy",
            "hướng",
            "sửa",
            "phê",
            "bổ",
            "điều",
            "phân",
            "bãi");

    /** Verbs that follow an issuer ("của Thủ tướng Chính phủ ban hành …", "của Bộ Chính trị quy định …"). */
    private static final Set<String> VERBS = Set.of(
            "ban hành",
            "thành lập",
            "thông qua",
            "thông báo",
            "quy định",
            "hướng dẫn",
            "sửa đổi",
            "bổ sung",
            "phê duyệt",
            "công bố",
            "điều chỉnh",
            "phân bổ",
            "bãi bỏ",
            "giao cho",
            "giao nhiệm",
            "chỉ đạo",
            "triển khai",
            "thực hiện",
            "phát động",
            "tổ chức",
            "yêu cầu",
            "đề nghị");

    /** End of a clause: ";", ":", "(", a sentence end, ", " before a capital outside quotes, a new paragraph. */
    static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 400);
        int quotes = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“' -> quotes++;
                case 'v' -> {
                    if (quotes == 0
                            && text.startsWith("và các ", i)
                            && PERIOD_BEFORE.matcher(text).region(from, i).find()) {
                        return i;
                    }
                }
                case '”' -> quotes = Math.max(0, quotes - 1);
                case ';', ':', '(', ')' -> {
                    return i;
                }
                case '.' -> {
                    int j = skipSpaces(text, i + 1, limit);
                    if (j >= limit
                            || j > i + 1 && Character.isUpperCase(text.charAt(j))
                            || text.charAt(i + 1) == '/'
                            || text.charAt(i + 1) == '\n') {
                        return i;
                    }
                }
                case ',' -> {
                    int j = skipSpaces(text, i + 1, limit);
                    if (quotes == 0
                            && PERIOD_BEFORE.matcher(text).region(from, i).find()) {
                        return i; // "… giai đoạn 2021 - 2025, …": a programme's period closes its name
                    }
                    if (quotes == 0
                            && j < limit
                            && (Character.isUpperCase(text.charAt(j))
                                    || SUBORDINATE
                                            .matcher(text)
                                            .region(j, limit)
                                            .lookingAt())) {
                        return i;
                    }
                }
                case '\n' -> {
                    int j = skipSpaces(text, i + 1, limit);
                    boolean blank = text.substring(i + 1, j).indexOf('\n') >= 0;
                    if (blank && j < limit) {
                        char n = text.charAt(j);
                        if (Character.isUpperCase(n) || Character.isDigit(n) || n == '-' || n == '+') {
                            return i;
                        }
                    }
                }
                default -> {}
            }
        }
        return limit;
    }

    /** A subject that ends with the period it covers. */
    private static final Pattern PERIOD_BEFORE = Pattern.compile("giai\\s+đoạn\\s+\\d{4}\\s{0,2}-\\s{0,2}\\d{4}\\s*$");

    /** Clauses that follow a citation's subject: ", để …", ", nhằm …", ", đồng thời …". */
    private static final Pattern SUBORDINATE =
            Pattern.compile("(?u)(?:để|nhằm|đồng thời|trong đó|theo đó|căn cứ|đề nghị|yêu cầu)(?![\\p{L}])");

    private static int skipSpaces(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- issuers

    private @Nullable String resolveIssuer(Mention m, CitationContext ctx) {
        String printed = m.issuerText;
        if (printed == null || printed.isBlank()) {
            return Issuers.fromSuffix(m.number);
        }
        String name = Issuers.expand(printed);
        name = ACTING_BODY.matcher(name).replaceFirst("");
        name = HEAD_OF_ORGAN.matcher(name).replaceFirst("");
        if (name.equals("Thủ tướng")) {
            return "Thủ tướng Chính phủ";
        }
        Matcher committee = BARE_COMMITTEE.matcher(name);
        if (committee.find()) {
            String kind = ctx.districtKind();
            String place = switch (committee.group(1)) {
                case "Tỉnh" -> ctx.provinceLevelCity() ? null : ctx.province();
                case "Thành" ->
                    ctx.provinceLevelCity() ? ctx.province() : "thành phố".equals(kind) ? ctx.district() : null;
                // A district whose name several provinces share, of kinds that differ, has no kind: its
                // committee is still the only one a short "Huyện ủy" can mean.
                case "Huyện" -> "huyện".equals(kind) || kind == null ? ctx.district() : null;
                case "Quận" -> "quận".equals(kind) || kind == null ? ctx.district() : null;
                default -> "thị xã".equals(kind) || kind == null ? ctx.district() : null;
            };
            return place == null ? name : name + " " + place;
        }
        Matcher unit = BARE_UNIT.matcher(name);
        if (unit.find()) {
            String place = switch (unit.group(1)) {
                case "xã", "phường", "thị trấn" -> ctx.commune();
                case "tỉnh" -> ctx.province();
                case "thành phố" -> cityOf(ctx);
                default -> ctx.district() == null ? ctx.province() : ctx.district();
            };
            return place == null ? name : name + " " + place;
        }
        if (name.equals("Đảng ủy") && ctx.commune() != null && ctx.communeKind() != null) {
            // "Ban Thường vụ Đảng ủy" in a cell's or a commune's document: the Đảng ủy of its commune.
            return name + " " + ctx.communeKind() + " " + ctx.commune();
        }
        if (name.equals("Đảng ủy Khối") && ctx.issuer() != null && ctx.issuer().startsWith("Đảng ủy Khối")) {
            return ctx.issuer();
        }
        if (name.equals("Đảng ủy Khối")
                && ctx.parentOrgan() != null
                && ctx.parentOrgan().startsWith("Đảng bộ Khối")) {
            // A cell under "Đảng bộ Khối …": its Đảng ủy Khối is the committee of that Đảng bộ.
            return "Đảng ủy Khối" + ctx.parentOrgan().substring("Đảng bộ Khối".length());
        }
        return name;
    }

    /**
     * The "thành phố" a short "UBND thành phố" means: the district when the citing district is itself
     * a city (Cẩm Phả, Việt Trì); in a district of a centrally-run city (quận Hải Châu, huyện Gia Lâm)
     * the city above it, never the district; in a huyện of a province nothing (no city is above it).
     * A district whose kind is unknown (a name several provinces give to units of different kinds:
     * thị xã Sơn Tây of Hà Nội, huyện Sơn Tây of Quảng Ngãi) is the city only when the citing organ
     * names itself so; otherwise which city is left to the candidates.
     */
    private static @Nullable String cityOf(CitationContext ctx) {
        String kind = ctx.districtKind();
        String district = ctx.district();
        if ("thành phố".equals(kind)) {
            return district;
        }
        if (ctx.provinceLevelCity()) {
            return ctx.province();
        }
        if (kind != null) {
            return null;
        }
        if (district == null) {
            return ctx.province();
        }
        String issuer = ctx.issuer();
        return issuer != null && issuer.endsWith("thành phố " + district) ? district : null;
    }

    // ---------------------------------------------------------------- relations

    private boolean inBasisClause(String text, int at, CitationContext ctx) {
        if (at < ctx.preambleStart() || at >= ctx.preambleEnd()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        // Walk back over wrapped lines to the line that opens the clause.
        for (int guard = 0; guard < 12 && lineStart > ctx.preambleStart(); guard++) {
            String line = text.substring(lineStart, Math.min(text.length(), lineStart + 40))
                    .strip();
            if (line.regionMatches(true, 0, "Căn cứ", 0, 6)) {
                return true;
            }
            int prevEnd = lineStart - 1;
            String before = text.substring(Math.max(0, prevEnd - 2), prevEnd).strip();
            if (before.endsWith(";") || before.endsWith(".") || before.endsWith(":") || before.isEmpty()) {
                return false;
            }
            lineStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        }
        String line = text.substring(lineStart, Math.min(text.length(), lineStart + 40))
                .strip();
        return line.regionMatches(true, 0, "Căn cứ", 0, 6);
    }

    private void assignRelations(String text, List<Mention> mentions, CitationContext ctx) {
        for (Mention m : mentions) {
            m.relation = Relation.MENTIONS;
        }
        // Lead clauses of the preamble: paragraphs opening with Căn cứ / Thực hiện / Triển khai / Quán triệt.
        List<int[]> clauses = leadClauses(text, ctx);
        for (int[] clause : clauses) {
            String verb = text.substring(clause[0], Math.min(clause[1], clause[0] + 12))
                    .strip();
            Relation relation =
                    verb.toLowerCase(Locale.ROOT).replaceAll("^[-+•]\\s*", "").startsWith("căn")
                            ? Relation.BASIS
                            : Relation.IMPLEMENTS;
            markHeads(text, mentions, clause[0], clause[1], relation);
        }
        // The subject line: "KẾ HOẠCH thực hiện Chỉ thị số …".
        if (ctx.subjectStart() >= 0) {
            Matcher v = IMPLEMENT_VERB.matcher(text).region(ctx.subjectStart(), ctx.subjectEnd());
            if (v.find()) {
                Set<String> nestedInOpening = new java.util.HashSet<>();
                for (Mention h : mentions) {
                    if (h.relation == Relation.IMPLEMENTS && h.start >= ctx.preambleStart()) {
                        for (Mention n : mentions) {
                            if (n.start > h.start && h.subjectEnd > 0 && n.start < h.subjectEnd && n.key() != null) {
                                nestedInOpening.add(n.key());
                            }
                        }
                    }
                }
                List<Mention> inSubject = new ArrayList<>();
                markHeads(text, mentions, v.end(), ctx.subjectEnd(), Relation.IMPLEMENTS, inSubject);
                for (Mention m : inSubject) {
                    // The chain reaches a document implemented by the one this plan implements through
                    // that document (DOMAIN.md: 35-KH/ĐUK → 39-HD/BTGTU → 03-CT/TW).
                    if (m.key() != null && nestedInOpening.contains(m.key())) {
                        m.relation = Relation.MENTIONS;
                    }
                }
            }
        }
    }

    private void markHeads(String text, List<Mention> mentions, int from, int to, Relation relation) {
        markHeads(text, mentions, from, to, relation, new ArrayList<>());
    }

    /**
     * The objects of a lead verb: the first citation, those after ";", and those joined by "và" or ","
     * to an object. A citation inside an object's subject ("… về thực hiện Chỉ thị số 03-CT/TW") is only
     * mentioned.
     */
    private void markHeads(
            String text, List<Mention> mentions, int from, int to, Relation relation, List<Mention> heads) {
        Mention previous = null;
        boolean previousHead = false;
        for (Mention m : mentions) {
            if (m.start < from || m.start >= to) {
                continue;
            }
            boolean head;
            if (previous == null) {
                head = true;
            } else {
                String before = text.substring(Math.min(m.start, Math.max(previous.coreEnd, m.start - 12)), m.start)
                        .strip();
                if (before.endsWith(";")) {
                    head = true;
                } else if (before.endsWith("và") || before.endsWith(",") || before.endsWith("&")) {
                    head = previousHead;
                } else {
                    head = false;
                }
            }
            if (head) {
                m.relation = relation;
                heads.add(m);
            }
            previous = m;
            previousHead = head;
        }
    }

    private List<int[]> leadClauses(String text, CitationContext ctx) {
        List<int[]> clauses = new ArrayList<>();
        int from = Math.max(0, ctx.preambleStart());
        int to = Math.min(text.length(), ctx.preambleEnd());
        int lineStart = from;
        int current = -1;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            int indent = lineStart;
            while (indent < lineEnd && Character.isWhitespace(text.charAt(indent))) {
                indent++;
            }
            if (LEAD_VERB.matcher(line).lookingAt()) {
                if (current >= 0) {
                    clauses.add(new int[] {current, indent});
                }
                current = indent;
            } else if (current >= 0 && !line.isEmpty() && endsSentence(text, current, lineStart)) {
                clauses.add(new int[] {current, lineStart});
                current = -1;
            }
            lineStart = lineEnd + 1;
        }
        if (current >= 0) {
            clauses.add(new int[] {current, to});
        }
        // A clause ends at its sentence: "Thực hiện …, Ban Thường vụ … ban hành Kế hoạch như sau:".
        for (int[] c : clauses) {
            int colon = indexOfSentenceEnd(text, c[0], c[1]);
            c[1] = colon;
        }
        return clauses;
    }

    /**
     * True when the clause ends before {@code lineStart}: the previous line ends with "." or ":", or with
     * ";" and this line does not continue the list with another document ("…;\nLuật sửa đổi … số …").
     */
    private static boolean endsSentence(String text, int clauseStart, int lineStart) {
        String before = text.substring(clauseStart, lineStart).stripTrailing();
        if (before.endsWith(".") || before.endsWith(":")) {
            return true;
        }
        if (before.endsWith(";")) {
            int j = skipSpaces(text, lineStart, text.length());
            return !TYPE_AHEAD.matcher(text).region(j, text.length()).lookingAt();
        }
        return false;
    }

    private static int indexOfSentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '.' && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))) {
                int j = skipSpaces(text, i + 1, to);
                if (j >= to || Character.isUpperCase(text.charAt(j))) {
                    return i;
                }
            }
        }
        return to;
    }

    // ---------------------------------------------------------------- linking repeats

    private List<Citation> link(String text, List<Mention> mentions) {
        Map<String, Integer> first = new HashMap<>();
        List<Integer> repeatOf = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String key = m.key();
            Integer earlier = key == null ? null : first.get(key);
            if (earlier == null) {
                if (key != null) {
                    first.put(key, i);
                }
                repeatOf.add(null);
            } else {
                repeatOf.add(earlier);
                Mention f = mentions.get(earlier);
                // The first mention carries what any later one adds (a date, an issuer, a subject).
                if (f.date == null) {
                    f.date = m.date;
                }
                if (f.issuer == null || m.issuerText != null && f.issuerText == null) {
                    f.issuer = m.issuer != null ? m.issuer : f.issuer;
                }
                if (f.type == null) {
                    f.type = m.type;
                }
                if (f.relation.compareTo(m.relation) > 0) {
                    f.relation = m.relation;
                }
            }
        }
        List<Citation> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            out.add(new Citation(
                    m.number,
                    m.type,
                    m.date,
                    m.issuer,
                    null, // side and level: the parser knows the organs and the gazetteer
                    null,
                    subject(text, m, mentions),
                    m.relation,
                    m.start,
                    m.coreEnd,
                    text.substring(m.start, m.coreEnd),
                    repeatOf.get(i)));
        }
        // Subjects of first mentions come from a later, fuller mention when the first has none.
        for (int i = 0; i < out.size(); i++) {
            Integer r = out.get(i).repeatOf();
            if (r != null && out.get(r).subject() == null && out.get(i).subject() != null) {
                Citation f = out.get(r);
                out.set(
                        r,
                        new Citation(
                                f.number(),
                                f.type(),
                                f.date(),
                                f.issuer(),
                                f.issuerSide(),
                                f.issuerLevel(),
                                out.get(i).subject(),
                                f.relation(),
                                f.start(),
                                f.end(),
                                f.text(),
                                null));
            }
        }
        return out;
    }

    /** The "về …" phrase, ending at the next numbered citation or the clause boundary. */
    private static @Nullable String subject(String text, Mention m, List<Mention> all) {
        if (m.subjectStart < 0) {
            return m.number == null ? m.title : null;
        }
        int end = m.subjectEnd;
        for (Mention n : all) {
            if (n.number != null && n.start > m.subjectStart && n.start < end) {
                end = n.start;
                break;
            }
        }
        String s = collapse(text.substring(m.subjectStart, end));
        s = s.replaceAll("(?:[\\s,;.]|\\s(?:và|của|theo|tại))+$", "").strip();
        return s.isEmpty() ? null : s;
    }

    /** Whitespace collapsed; no space just inside quotes and brackets. */
    public static String collapse(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("([“(]) ", "$1").replaceAll(" ([”),.;:])", "$1");
        return t;
    }

    // ---------------------------------------------------------------- the mention being built

    private static final class Mention {
        final int start;
        final int matchEnd;
        final @Nullable String number;

        @Nullable
        DocumentType type;

        @Nullable
        String title;

        @Nullable
        LocalDate date;

        @Nullable
        String issuerText;

        @Nullable
        String issuer;

        int coreEnd;
        int subjectStart = -1;
        int subjectEnd = -1;
        Relation relation = Relation.MENTIONS;

        Mention(int start, int matchEnd, @Nullable String number, @Nullable DocumentType type) {
            this.start = start;
            this.matchEnd = matchEnd;
            this.coreEnd = matchEnd;
            this.number = number;
            this.type = type;
        }

        @Nullable
        String key() {
            if (number != null) {
                return DocumentNumbers.key(number);
            }
            if (title == null) {
                return null;
            }
            // Unnumbered: the first words of the name ("Đề án Phát triển thị trường trong nước …").
            String[] words =
                    title.toLowerCase(Locale.ROOT).replaceAll("[“”\"]", "").split("\\s+");
            return "~" + String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 7)));
        }
    }
}
