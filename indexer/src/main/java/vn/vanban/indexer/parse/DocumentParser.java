package vn.vanban.indexer.parse;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.citation.CitationContext;
import vn.vanban.indexer.citation.CitationFinder;
import vn.vanban.indexer.citation.Dates;
import vn.vanban.indexer.citation.Issuers;
import vn.vanban.indexer.citation.NumberSyntax;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.DocumentTypes;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Section;
import vn.vanban.indexer.extract.ExtractedText;
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.gazetteer.Locality;

/**
 * Understands the text of one document: number, type, issuer, date, subject, signature, recipients,
 * outline and citations. A pure function of the text: immutable and thread-safe.
 *
 * <p>Layout rules follow Decree 30/2020/NĐ-CP, Appendix I (State) and Guidance 36-HD/VPTW (Party),
 * as described in DOMAIN.md "Layout of a document". Markdown marks and Gazette furniture are blanked
 * first ({@link TextMask}); offsets refer to {@link ParsedDocument#text()}.
 */
public final class DocumentParser {

    /** "Số: 197/KH-UBND", "Số 35-KH/ĐUK", "Luật số: 51/2024/QH15", "Bộ luật số: 45/2019/QH14". */
    private static final Pattern NUMBER_LINE = Pattern.compile("(?u)^(?:Số|SỐ|(?:\\p{L}+\\s{1,3}){1,2}số\\s{0,2}(?=:))"
            + "(?:\\s{0,2}(?:hiệu|HIỆU))?\\s{0,3}:?\\s{0,3}(" + NumberSyntax.NUMBER + ")");

    /** A Gazette continuation page names its document in a caption: "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018". */
    private static final Pattern CAPTION =
            Pattern.compile("(?iu)^(Luật|Bộ luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định"
                    + "|Nghị quyết|Pháp lệnh|Chỉ thị|Thông báo)\\s{1,3}số\\s{0,3}(" + NumberSyntax.NUMBER
                    + ")\\s{1,3}ngày\\s{1,4}"
                    + Dates.DATE);

    private static final Pattern NUMBER_ANYWHERE =
            Pattern.compile("(?u)(?<![\\p{L}])(?:Số|SỐ)\\s{0,3}:?\\s{0,3}(" + NumberSyntax.NUMBER + ")");

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?u)^(?<place>[\\p{L}][\\p{L}\\d .'-]{0,40}?)\\s{0,3},\\s{0,3}" + "ngày\\s{1,4}" + Dates.DATE);

    /**
     * The place and date anywhere in a header line, after a column of the other side ("Số: 1/KH-UBND
     * Hà Nội, ngày …"); a commune's name may end with a letter ("Mỹ An Hưng A") or be numbered ("Phường
     * 3").
     */
    private static final Pattern DATE_IN_LINE = Pattern.compile(
            "(?u)(?<![\\p{L}])(?<place>(?:TP\\.\\s?)?\\p{Lu}\\p{Ll}{1,12}(?: \\p{Lu}\\p{Ll}{1,10}){0,3}(?: \\p{Lu}| \\d{1,2})?)"
                    + "\\s{0,3},\\s{0,3}ngày\\s{1,4}" + Dates.DATE);

    private static final Pattern MOTTO_INSIDE =
            Pattern.compile("(?iu)CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA"
                    + " VIỆT NAM|ĐỘC LẬP\\s*-\\s*TỰ DO\\s*-\\s*HẠNH PHÚC|ĐẢNG CỘNG SẢN VIỆT NAM");

    private static final Pattern DATE_LINE_NO_PLACE = Pattern.compile("(?u)^[Nn]gày\\s{1,4}" + Dates.DATE);

    private static final Pattern PASSED_ON = Pattern.compile("(?u)thông\\s+qua\\s+ngày\\s{1,4}" + Dates.DATE);

    private static final Pattern MOTTO =
            Pattern.compile("(?iu)^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA"
                    + " VIỆT NAM|ĐỘC LẬP\\s*-\\s*TỰ DO\\s*-\\s*HẠNH PHÚC|ĐẢNG CỘNG SẢN VIỆT NAM|VĂN BẢN HỢP NHẤT\\s*-?"
                    + "|VĂN BẢN QUY PHẠM PHÁP LUẬT)$");

    private static final Pattern ORGAN_START =
            Pattern.compile("(?u)^(?:ĐẢNG BỘ|ĐẢNG ỦY|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY"
                    + "|THỊ ỦY|BAN |ỦY BAN|UBND|HỘI ĐỒNG|HĐND|SỞ |PHÒNG |BỘ |CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|VĂN PHÒNG|CHI BỘ"
                    + "|MẶT TRẬN|ĐOÀN |HỘI |LIÊN ĐOÀN|CÔNG ĐOÀN|TRƯỜNG |TRUNG TÂM|CỤC |TỔNG CỤC|BẢO HIỂM|NGÂN HÀNG|TÒA ÁN"
                    + "|VIỆN |CÔNG AN|BỘ CHỈ HUY|CÔNG TY|TỔNG CÔNG TY|LIÊN BỘ)");

    private static final Pattern LEAD =
            Pattern.compile("(?iu)^(?:căn cứ|thực hiện|triển khai|quán triệt|để |nhằm |tiếp tục"
                    + "|theo đề nghị|xét đề nghị|kính gửi)");

    private static final Pattern HEADING =
            Pattern.compile("(?u)^(?:(?<part>PHẦN|Phần)\\s+(?:[IVXL]{1,6}|\\d{1,2}|THỨ\\s+\\p{L}+)"
                    + "|(?<chapter>Chương|CHƯƠNG)\\s+(?:[IVXL]{1,6}|\\d{1,2})|(?<roman>[IVXL]{1,6})[.)]"
                    + "|(?<article>Điều)\\s+\\d{1,3}[a-z]?\\.?|(?<num>\\d{1,2})(?:\\.\\d{1,2}){0,2}[.)]"
                    + "|(?<letter>[a-zđ])\\)|(?<dash>[-+•])(?=\\s))");

    private static final Pattern AUTHORITY = Pattern.compile(
            "(?u)^(T/M|K/T|TM\\.|TM(?=\\s)|KT\\.|KT(?=\\s)|TL\\.|TL(?=\\s)|TUQ\\.|TUQ(?=\\s)|Q\\.|QUYỀN|THỪA LỆNH"
                    + "|THỪA ỦY QUYỀN)\\s*(\\p{Lu}.*)?$");

    private static final Pattern POSITION = Pattern.compile(
            "(?u)^(?:PHÓ |Q\\. |QUYỀN )?(?:BÍ THƯ|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG"
                    + "|THỦ TƯỚNG|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG PHÒNG|CHỦ NHIỆM|TỔNG GIÁM ĐỐC"
                    + "|TỔNG KIỂM TOÁN|THỐNG ĐỐC|TỔNG CỤC TRƯỞNG|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG ĐOÀN|HIỆU TRƯỞNG|TỔNG THƯ KÝ)(?![\\p{L}]).*");

    private static final Pattern PERSON =
            Pattern.compile("(?u)^(?:\\p{Lu}[\\p{L}]{0,7})(?: \\p{Lu}[\\p{L}]{0,7}){1,4}$");

    private static final Pattern VISIBILITY = Pattern.compile("(?iu)^\\(?(TUYỆT MẬT|TỐI MẬT|MẬT|LƯU HÀNH NỘI BỘ)\\)?$");

    private static final Pattern SUBJECT_VV = Pattern.compile("(?iu)^(?:V/v|Về việc)[:.]?\\s*(.*)$");

    private static final Pattern OPENING_ISSUER =
            Pattern.compile("(?u)(?:^|[,.;]\\s{0,3})((?:UBND|Ủy ban nhân dân|Ban Thường vụ"
                    + "|Ban Chấp hành|Thường trực|HĐND|Hội đồng nhân dân)\\s[\\p{L} ]{2,80}?)\\s(?:xây dựng|ban hành|triển khai|hướng dẫn"
                    + "|thông báo|báo cáo)\\s");

    private final Gazetteer gazetteer;
    private final CitationFinder citations = new CitationFinder();

    public DocumentParser() {
        this(Gazetteer.standard());
    }

    public DocumentParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Parses an extraction result; a failed extraction comes back with its status and error, nothing parsed. */
    public ParsedDocument parse(ExtractedText extracted) {
        String file = extracted.file().toString();
        if (extracted.status() != DocumentStatus.OK) {
            return empty(file, extracted.status(), extracted.error(), extracted.text());
        }
        try {
            return parse(file, extracted.text(), extracted.headerCells());
        } catch (RuntimeException | StackOverflowError e) {
            return empty(file, DocumentStatus.FAILED, file + ": cannot parse: " + e, extracted.text());
        }
    }

    static ParsedDocument empty(String file, DocumentStatus status, @Nullable String error, String text) {
        return new ParsedDocument(
                file, status, error, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(), List.of(), List.of(), List.of(), text);
    }

    /** Parses text already extracted and cleaned. */
    public ParsedDocument parse(String file, String given) {
        return parse(file, given, List.of());
    }

    /**
     * Parses text whose header was a two-column table (DOCX/ODT): {@code headerCells} are the left cell
     * (parent organ, issuer, number) and the right cell (motto, place and date). The cells decide the
     * issuer, and the number and date when the flattened text did not show them.
     */
    public ParsedDocument parse(String file, String given, List<String> headerCells) {
        String text = Normalizer.isNormalized(given, Normalizer.Form.NFC) ? given : VietnameseText.normalize(given);
        text = unglued(text);
        String masked = TextMask.of(text);
        Lines lines = new Lines(masked);

        int typeLine = findTypeLine(lines);
        int headerEnd = typeLine >= 0 ? typeLine : Math.min(lines.size(), 30);

        // Number (Decree 30/2020/NĐ-CP, Appendix I: "Số: 197/KH-UBND"; Party: "Số 35-KH/ĐUK").
        int numberLine = -1;
        String number = null;
        for (int i = 0; i < headerEnd + 3 && i < lines.size(); i++) {
            Matcher m = NUMBER_LINE.matcher(lines.get(i).content());
            if (m.find()) {
                number = DocumentNumbers.normalize(m.group(1));
                numberLine = i;
                break;
            }
        }
        int consolidation = indexOfLine(lines, "XÁC THỰC VĂN BẢN HỢP NHẤT");
        boolean consolidated = consolidation >= 0 || isConsolidated(lines, masked);
        if (number == null && consolidated) {
            Matcher v = NUMBER_ANYWHERE.matcher(masked);
            while (v.find()) {
                if (v.group(1).contains("VBHN")) {
                    number = DocumentNumbers.normalize(v.group(1));
                    consolidation = consolidation >= 0 ? consolidation : lines.indexAt(v.start());
                    break;
                }
            }
        }
        DocumentType captionType = null;
        LocalDate captionDate = null;
        if (number == null && typeLine < 0) {
            for (int i = 0, seen = 0; i < lines.size() && seen < 15; i++) {
                if (lines.get(i).blank()) {
                    continue;
                }
                seen++;
                Matcher c = CAPTION.matcher(lines.get(i).content() + " " + nextContent(lines, i));
                if (c.lookingAt()) {
                    number = DocumentNumbers.normalize(c.group(2));
                    captionType = DocumentTypes.byName(c.group(1)).orElse(DocumentTypes.fromNumber(number));
                    captionDate = Dates.of(c, 2);
                    numberLine = i;
                    break;
                }
            }
        }
        boolean lateHeader = false;
        if (number == null && !consolidated) {
            // Some Gazette texts print the header block (issuer, "Số: 135/2026/NĐ-CP", place and date)
            // after the first page's body: read it wherever it stands on the first pages, a number line
            // with its place-and-date line just below.
            for (int i = Math.max(0, headerEnd); i < Math.min(lines.size(), LATE_HEADER_LINES); i++) {
                Matcher m = NUMBER_LINE.matcher(lines.get(i).content());
                if (m.find() && placeAndDateBelow(lines, i) >= 0) {
                    number = DocumentNumbers.normalize(m.group(1));
                    numberLine = i;
                    lateHeader = true;
                    break;
                }
            }
        }
        if (number == null && consolidation >= 0) {
            // A consolidated text carries its number in the authentication block at the end.
            for (int i = Math.max(0, consolidation - 6); i < Math.min(lines.size(), consolidation + 6); i++) {
                Matcher m = NUMBER_ANYWHERE.matcher(lines.get(i).content());
                if (m.find()) {
                    number = DocumentNumbers.normalize(m.group(1));
                    break;
                }
            }
        }

        // Type: the word in capitals in the centre, cross-checked with the number's code.
        DocumentType type = typeLine >= 0 ? typeOfLine(lines.get(typeLine).content()) : null;
        DocumentType numberType = DocumentTypes.fromNumber(number);
        if (numberType != null
                && (type == null
                        || numberType.equals(DocumentTypes.CONSOLIDATED)
                        || numberType.equals(DocumentTypes.OFFICIAL_LETTER) && type == null)) {
            type = numberType;
        }
        if (consolidated) {
            type = DocumentTypes.CONSOLIDATED;
        }
        if (type == null) {
            type = captionType;
        }

        // Place and date.
        String place = null;
        LocalDate date = null;
        for (int i = 0; i < Math.min(lines.size(), headerEnd + 4); i++) {
            Matcher m = DATE_LINE.matcher(lines.get(i).content());
            if (m.find() && Dates.of(m, 1) != null) {
                place = cleanPlace(m.group("place"));
                date = Dates.of(m, 1);
                break;
            }
            Matcher n = DATE_LINE_NO_PLACE.matcher(lines.get(i).content());
            if (n.find() && Dates.of(n, 0) != null) {
                date = Dates.of(n, 0);
                break;
            }
        }
        if (date == null) {
            for (int i = 0; i < Math.min(lines.size(), headerEnd + 4); i++) {
                Matcher m = DATE_IN_LINE.matcher(lines.get(i).content());
                if (m.find() && Dates.of(m, 1) != null) {
                    place = cleanPlace(m.group("place"));
                    date = Dates.of(m, 1);
                    break;
                }
            }
        }
        if (lateHeader) {
            Matcher m = DATE_LINE.matcher(
                    lines.get(placeAndDateBelow(lines, numberLine)).content());
            if (m.find() && Dates.of(m, 1) != null) {
                place = cleanPlace(m.group("place"));
                date = Dates.of(m, 1);
            }
        }
        if (date == null && consolidation >= 0) {
            for (int i = Math.max(0, consolidation - 6); i < Math.min(lines.size(), consolidation + 8); i++) {
                Matcher m = DATE_LINE.matcher(lines.get(i).content());
                if (m.find() && Dates.of(m, 1) != null) {
                    place = cleanPlace(m.group("place"));
                    date = Dates.of(m, 1);
                    break;
                }
            }
        }
        if (date == null) {
            date = captionDate;
        }
        if (date == null) {
            Matcher passed = PASSED_ON.matcher(masked);
            if (passed.find()) {
                date = Dates.of(passed, 0); // a law is dated by its passing (Law 80/2015/QH13, Article 8)
            }
        }

        // Visibility marks.
        List<String> visibility = new ArrayList<>();
        for (Lines.Line line : lines.all()) {
            Matcher v = VISIBILITY.matcher(line.content());
            if (v.matches()) {
                String mark = v.group(1).toUpperCase(Locale.ROOT).equals("LƯU HÀNH NỘI BỘ")
                        ? "Lưu hành nội bộ"
                        : v.group(1).toUpperCase(Locale.ROOT);
                if (!visibility.contains(mark)) {
                    visibility.add(mark);
                }
            }
        }

        // Subject (trích yếu).
        int subjectStart = -1;
        int subjectEnd = -1;
        String subject = null;
        int bodyFrom;
        if (typeLine >= 0) {
            int[] span = subjectSpan(lines, typeLine + 1);
            if (span[0] >= 0) {
                subjectStart = lines.get(span[0]).start();
                subjectEnd = lines.get(span[1]).end();
                subject = joinLines(lines, span[0], span[1]);
                bodyFrom = span[1] + 1;
            } else {
                bodyFrom = typeLine + 1;
            }
        } else {
            bodyFrom = numberLine >= 0 ? numberLine + 1 : 0;
            for (int i = 0; i < Math.min(lines.size(), 30); i++) {
                Matcher vv = SUBJECT_VV.matcher(lines.get(i).content());
                if (vv.matches()) {
                    int end = i;
                    while (end + 1 < lines.size()
                            && !lines.get(end + 1).blank()
                            && !isHeaderFurniture(lines.get(end + 1).content())
                            && end - i < 3) {
                        end++;
                    }
                    subjectStart = lines.get(i).start()
                            + lines.get(i).content().length()
                            - vv.group(1).length();
                    subjectStart = Math.max(
                            lines.get(i).start(),
                            masked.indexOf(
                                    vv.group(1).isEmpty() ? "\n" : vv.group(1),
                                    lines.get(i).start()));
                    subjectEnd = lines.get(end).end();
                    subject = joinLines(lines, i, end).replaceFirst("(?iu)^(?:V/v|Về việc)[:.]?\\s*", "");
                    bodyFrom = Math.max(bodyFrom, end + 1);
                    if (type == null) {
                        type = DocumentTypes.OFFICIAL_LETTER;
                    }
                    break;
                }
            }
            if (subject == null) {
                int dateLine = -1;
                for (int i = 0; i < Math.min(lines.size(), 30); i++) {
                    if (DATE_LINE.matcher(lines.get(i).content()).find()) {
                        dateLine = i;
                        break;
                    }
                }
                bodyFrom = Math.max(bodyFrom, dateLine + 1);
            }
        }
        if (subject != null) {
            subject = stripSubject(subject);
        }

        // Body: the opening (preamble) until the first heading.
        int preambleStartLine = lines.nextNonBlank(bodyFrom);
        int preambleStart =
                preambleStartLine >= 0 ? lines.get(preambleStartLine).start() : masked.length();
        int firstHeading = -1;
        for (int i = Math.max(0, preambleStartLine); i >= 0 && i < lines.size(); i++) {
            String c = lines.get(i).content();
            if (isStructuralHeading(c)) {
                firstHeading = i;
                break;
            }
        }
        int preambleEnd =
                firstHeading >= 0 ? lines.get(firstHeading).start() : Math.min(masked.length(), preambleStart + 8000);

        // Signature block.
        Signature signature = signature(lines, Math.max(0, preambleStartLine));
        int bodyEnd = signature.line >= 0 ? lines.get(signature.line).start() : masked.length();
        if (signature.recipientsLine >= 0 && signature.recipientsLine > preambleStartLine) {
            bodyEnd = Math.min(bodyEnd, lines.get(signature.recipientsLine).start());
        }

        // Issuer.
        Issuer issuer = issuer(
                lines,
                numberLine >= 0 ? numberLine : headerEnd,
                masked,
                preambleStart,
                preambleEnd,
                signature,
                place,
                number,
                consolidation);
        if (!headerCells.isEmpty()) {
            Lines left = new Lines(TextMask.of(VietnameseText.normalize(headerCells.get(0))));
            int leftNumber = left.size();
            for (int k = 0; k < left.size(); k++) {
                Matcher m = NUMBER_LINE.matcher(left.get(k).content());
                if (m.find()) {
                    leftNumber = k;
                    if (number == null) {
                        number = DocumentNumbers.normalize(m.group(1));
                    }
                    break;
                }
            }
            List<List<String>> cellGroups = organGroups(left, 0, leftNumber);
            if (!cellGroups.isEmpty()) {
                String name = OrganNames.titleCase(
                        cellGroups.get(cellGroups.size() - 1).get(0));
                String parent = cellGroups.size() > 1
                        ? OrganNames.titleCase(
                                cellGroups.get(cellGroups.size() - 2).get(0))
                        : null;
                issuer = new Issuer(OrganNames.fullName(name, parent), parent);
            }
            if (headerCells.size() > 1 && date == null) {
                Lines right = new Lines(TextMask.of(VietnameseText.normalize(headerCells.get(1))));
                for (Lines.Line l : right.all()) {
                    Matcher m = DATE_LINE.matcher(l.content());
                    if (m.find() && Dates.of(m, 1) != null) {
                        place = cleanPlace(m.group("place"));
                        date = Dates.of(m, 1);
                        break;
                    }
                }
            }
        }
        if (type == null) {
            type = DocumentTypes.fromNumber(number);
        }
        List<String> locate = new ArrayList<>();
        if (issuer.name != null) {
            locate.add(issuer.name);
        }
        if (issuer.parent != null) {
            locate.add(issuer.parent);
        }
        IssuerLevel level = issuer.name == null ? null : OrganNames.level(issuer.name, gazetteer);
        Locality locality = level == IssuerLevel.CENTRAL || issuer.name == null
                ? Locality.NONE
                : gazetteer.locate(locate, place, date);
        IssuerSide side = issuer.name == null ? null : side(issuer.name, number);
        if (level == null && issuer.name != null && locality.commune() != null) {
            level = IssuerLevel.COMMUNE;
        }
        if (level == IssuerLevel.COMMUNE && locality.district() == null && locality.province() == null) {
            locality = placedByItsSuperior(locality, signature.recipients, date);
        }
        if (locality.commune() != null && locality.district() == null && locality.province() == null) {
            locality = placedByItsName(locality, communeKind(locality, issuer.name, issuer.parent), date);
        }
        if (level == IssuerLevel.DISTRICT && locality.district() != null && locality.province() == null) {
            locality = districtPlacedByItsSuperior(locality, signature.recipients, date);
        }

        // Citations.
        CitationContext context = new CitationContext(
                number,
                issuer.name,
                issuer.parent,
                locality.province(),
                locality.district(),
                districtKind(locality),
                locality.commune(),
                communeKind(locality, issuer.name, issuer.parent),
                locality.province() != null && gazetteer.isProvinceLevelCity(locality.province()),
                subjectStart,
                subjectEnd,
                preambleStart,
                preambleEnd,
                date);
        List<Citation> cited = citations.find(masked, context);
        cited = withTextAndOrgans(cited, text);

        List<Section> sections = Outline.of(lines, masked, firstHeading, bodyEnd);

        return new ParsedDocument(
                file,
                DocumentStatus.OK,
                null,
                number,
                type,
                issuer.name,
                issuer.parent,
                side,
                level,
                locality.province(),
                locality.district(),
                locality.commune(),
                place,
                date,
                subject,
                signature.signer,
                signature.position,
                signature.authority,
                signature.recipients,
                sections,
                visibility,
                cited,
                text);
    }

    /** How far into the text a header block printed after the body is looked for (the first pages). */
    private static final int LATE_HEADER_LINES = 160;

    /** The place-and-date line within three lines below {@code numberLine}, or -1. */
    private static int placeAndDateBelow(Lines lines, int numberLine) {
        for (int k = numberLine + 1, seen = 0; k < lines.size() && seen < 3; k++) {
            if (lines.get(k).blank()) {
                continue;
            }
            seen++;
            Matcher m = DATE_LINE.matcher(lines.get(k).content());
            if (m.find() && Dates.of(m, 1) != null) {
                return k;
            }
        }
        return -1;
    }

    /** "số", "Số:" or "ngày" typed without the space before the digits: "số131-KH/TU", "ngày09/8/2021". */
    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}])(?:[Ss]ố|SỐ|[Nn]gày|NGÀY)(?::)?(?=\\d)");

    /**
     * The text with a space after a glued "số"/"ngày" (public report 03), so every rule that reads a
     * number or a date after those words reads it. The parsed text is this one: offsets stay valid.
     */
    static String unglued(String text) {
        Matcher m = GLUED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            out.append(text, last, m.end()).append(' ');
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** The kind word printed before the commune's name in the issuer or the organ above it. */
    private static @Nullable String communeKind(Locality locality, @Nullable String issuer, @Nullable String parent) {
        if (locality.commune() == null) {
            return null;
        }
        Pattern kind = Pattern.compile("(?iu)(xã|phường|thị trấn)\\s+" + Pattern.quote(locality.commune()));
        for (String text : java.util.Arrays.asList(issuer, parent)) {
            if (text != null) {
                Matcher m = kind.matcher(VietnameseText.normalize(text));
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private @Nullable String districtKind(Locality locality) {
        if (locality.district() == null) {
            return null;
        }
        java.util.Set<String> kinds = gazetteer.districtsNamed(locality.district()).stream()
                .filter(u -> locality.province() == null || u.province().equals(locality.province()))
                .map(vn.vanban.indexer.gazetteer.Unit::kind)
                .collect(java.util.stream.Collectors.toSet());
        // Several districts of that name, of different kinds (huyện here, thị xã there): no kind.
        return kinds.size() == 1 ? kinds.iterator().next() : null;
    }

    /** A Party organ may have a name that says nothing of it; its number's symbol does. */
    private static IssuerSide side(String issuer, @Nullable String number) {
        IssuerSide side = OrganNames.side(issuer);
        if (side == IssuerSide.OTHER
                && number != null
                && number.matches(".*/(?:TU|HU|ĐU|QU|ĐUK|TW|BTGTU|BDVTU|BTCTU)$")) {
            return IssuerSide.PARTY;
        }
        return side;
    }

    /**
     * Citation texts are quoted from the text given, not from the mask; a cited issuer gets its side
     * and level the way the document's own issuer does.
     */
    private List<Citation> withTextAndOrgans(List<Citation> cited, String text) {
        List<Citation> out = new ArrayList<>(cited.size());
        for (Citation c : cited) {
            out.add(new Citation(
                    c.number(),
                    c.type(),
                    c.date(),
                    c.issuer(),
                    c.issuer() == null ? null : side(c.issuer(), c.number()),
                    c.issuer() == null ? null : OrganNames.level(c.issuer(), gazetteer),
                    c.subject(),
                    c.relation(),
                    c.start(),
                    c.end(),
                    text.substring(c.start(), c.end()),
                    c.repeatOf()));
        }
        return out;
    }

    // ------------------------------------------------------------------ header

    private static int findTypeLine(Lines lines) {
        int limit = Math.min(lines.size(), 80);
        for (int i = 0; i < limit; i++) {
            String c = lines.get(i).content();
            if (c.isEmpty()) {
                continue;
            }
            if (LEAD.matcher(c).lookingAt() && !OrganNames.isCaps(c)) {
                return -1; // the body started: no type line
            }
            if (typeOfLine(c) != null) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable DocumentType typeOfLine(String content) {
        if (!OrganNames.isCaps(content) || content.length() > 40) {
            return null;
        }
        // "QUYẾT ĐỊNH1": a footnote mark of a consolidated text.
        String c = content.replaceAll("[:.]$", "")
                .replaceAll("(?<=\\p{L})\\d{1,2}$", "")
                .strip();
        if (c.equals("BỘ LUẬT")) {
            return DocumentTypes.byCode("L").orElse(null);
        }
        if (c.endsWith(":")) {
            return null;
        }
        return DocumentTypes.byName(c)
                .filter(t -> !t.equals(DocumentTypes.OFFICIAL_LETTER))
                .orElse(null);
    }

    private static String nextContent(Lines lines, int i) {
        int n = lines.nextNonBlank(i + 1);
        return n < 0 ? "" : lines.get(n).content();
    }

    /**
     * A consolidated text (Ordinance 2012 on consolidation, Article 6): the Gazette banner "VĂN BẢN HỢP
     * NHẤT", or an opening naming the consolidated document "…, được sửa đổi, bổ sung bởi:".
     */
    private static boolean isConsolidated(Lines lines, String masked) {
        for (int i = 0, seen = 0; i < lines.size() && seen < 6; i++) {
            if (!lines.get(i).blank()) {
                seen++;
                if (lines.get(i).content().startsWith("VĂN BẢN HỢP NHẤT")) {
                    return true;
                }
            }
        }
        String head = masked.substring(0, Math.min(masked.length(), 4000)).replaceAll("\\s+", " ");
        return head.contains("được sửa đổi, bổ sung bởi:") || head.contains("được sửa đổi, bổ sung bởi :");
    }

    private static int indexOfLine(Lines lines, String content) {
        for (Lines.Line l : lines.all()) {
            if (l.content().equalsIgnoreCase(content)) {
                return l.index();
            }
        }
        return -1;
    }

    /**
     * The place as printed before ", ngày"; when a column of capitals was flattened onto the same line
     * ("HUYỆN ỦY TIÊN YÊN Tiên Yên"), only the words after the capitals.
     */
    private static String cleanPlace(String place) {
        String[] words = place.replaceAll("\\s+", " ").strip().split(" ");
        int from = 0;
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].length() > 1 && OrganNames.isCaps(words[i]) && !words[i].endsWith(".")) {
                from = i + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static boolean isHeaderFurniture(String c) {
        return MOTTO.matcher(c).matches() || DATE_LINE.matcher(c).find();
    }

    /** Subject lines after the type line: until a blank line, the opening, a heading or a line in capitals. */
    private static int[] subjectSpan(Lines lines, int from) {
        int first = lines.nextNonBlank(from);
        if (first < 0) {
            return new int[] {-1, -1};
        }
        String c0 = lines.get(first).content();
        // "KẾ HOẠCH / thực hiện Kế hoạch số …": a subject may open with the verbs of an opening.
        if (c0.matches("(?iu)^(?:căn cứ|kính gửi|theo đề nghị|xét đề nghị).*")
                || isStructuralHeading(c0)
                || MOTTO.matcher(c0).matches()) {
            return new int[] {-1, -1};
        }
        boolean caps = OrganNames.isCaps(c0);
        int last = first;
        for (int i = first + 1; i < lines.size() && i - first < 8; i++) {
            String c = lines.get(i).content();
            if (c.isEmpty()
                    || LEAD.matcher(c).lookingAt()
                    || isStructuralHeading(c)
                    || startsCitation(c)
                    || OrganNames.isCaps(c) != caps
                    || c.startsWith("(") && !caps) {
                break;
            }
            last = i;
        }
        return new int[] {first, last};
    }

    private static final Pattern CITATION_HEAD =
            Pattern.compile("(?iu)^(?:Luật|Bộ luật|Nghị định|Thông tư|Quyết định|Nghị quyết"
                    + "|Pháp lệnh|Chỉ thị|Kế hoạch|Hướng dẫn)\\s.{0,100}?\\s?số\\s{0,2}\\d");

    private static boolean startsCitation(String c) {
        return CITATION_HEAD.matcher(c).lookingAt();
    }

    private static final Pattern STRUCTURAL_HEADING = Pattern.compile(
            "(?u)^(?:[IVXL]{1,6}[.)]\\s.*|Chương [IVXL\\d]+.*|CHƯƠNG [IVXL\\d]+.*|Điều 1[.:].*|PHẦN [IVX\\d].*"
                    + "|Phần [IVX\\d]+.*|QUYẾT ĐỊNH:|QUYẾT NGHỊ:|CHỈ THỊ:|1\\.\\s.*|A\\.\\s.*)");

    static boolean isStructuralHeading(String c) {
        return !c.isEmpty() && STRUCTURAL_HEADING.matcher(c).matches();
    }

    private static String joinLines(Lines lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(lines.get(i).content());
        }
        return CitationFinder.collapse(b.toString());
    }

    private static String stripSubject(String s) {
        return s.replaceAll("[\\s,;:]+$", "").strip();
    }

    // ------------------------------------------------------------------ issuer

    private record Issuer(@Nullable String name, @Nullable String parent) {}

    private Issuer issuer(
            Lines lines,
            int until,
            String masked,
            int preambleStart,
            int preambleEnd,
            Signature signature,
            @Nullable String place,
            @Nullable String number,
            int consolidation) {
        List<List<String>> groups = organGroups(lines, 0, Math.min(until, lines.size()));
        if (groups.isEmpty() && consolidation >= 0) {
            groups = organGroups(lines, Math.max(0, consolidation - 4), consolidation);
        }
        if (!groups.isEmpty()) {
            String issuer = OrganNames.titleCase(String.join(" ", groups.get(groups.size() - 1)));
            String parent =
                    groups.size() > 1 ? OrganNames.titleCase(String.join(" ", groups.get(groups.size() - 2))) : null;
            return new Issuer(OrganNames.fullName(issuer, parent), parent);
        }
        // No header block (seed 197/KH-UBND): the opening names the issuer ("UBND thành phố Cẩm Phả xây dựng Kế
        // hoạch").
        String opening =
                masked.substring(preambleStart, Math.min(masked.length(), Math.max(preambleStart, preambleEnd)));
        Matcher m = OPENING_ISSUER.matcher(opening.replaceAll("\\s+", " "));
        if (m.find()) {
            String name = OrganNames.expandAbbreviations(m.group(1).strip());
            name = name.replaceFirst(
                    "^(?:Ban Thường vụ|Ban Chấp hành|Thường trực) (?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy)", "");
            if (name.matches("(?u).*(?:\\p{Lu}|ủy).*")) {
                return new Issuer(name, null);
            }
        }
        // The authority line names the collective: "TM. ỦY BAN NHÂN DÂN" + the place of the date line.
        if (signature.collective != null && place != null) {
            String organ = OrganNames.titleCase(signature.collective);
            List<vn.vanban.indexer.gazetteer.Unit> districts = gazetteer.districtsNamed(place);
            if (districts.size() == 1) {
                return new Issuer(
                        organ + " " + districts.get(0).kind() + " "
                                + districts.get(0).name(),
                        null);
            }
            if (gazetteer.province(place, null).isPresent()) {
                return new Issuer(
                        organ + " " + gazetteer.province(place, null).get().kind() + " " + place, null);
            }
        }
        String fromSuffix = Issuers.fromSuffix(number);
        return new Issuer(fromSuffix, null);
    }

    /** Header lines in capitals before the number line, grouped into organs; Gazette duplicates removed. */
    private static List<List<String>> organGroups(Lines lines, int from, int to) {
        List<List<String>> groups = new ArrayList<>();
        String previous = null;
        for (int i = from; i < to; i++) {
            // Text taken from a PDF puts the two header columns on one line: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …".
            String c =
                    MOTTO_INSIDE.matcher(lines.get(i).content()).replaceAll(" ").strip();
            int dateAt = c.indexOf(", ngày ");
            if (dateAt > 0) {
                c = c.substring(0, Math.max(0, c.lastIndexOf(' ', dateAt))).strip(); // "TỈNH X Quảng Ninh, ngày …"
            }
            // An organ's header line is short (Decree 30/2020/NĐ-CP: the header block is a few words wide).
            if (c.isEmpty()
                    || c.length() > 120
                    || MOTTO.matcher(c).matches()
                    || !OrganNames.isCaps(c)
                    || DATE_LINE.matcher(c).find()
                    || VISIBILITY.matcher(c).matches()
                    || c.equals("XÁC THỰC VĂN BẢN HỢP NHẤT")
                    || c.matches("[\\d\\W]+")) {
                continue;
            }
            c = c.replaceFirst("^VĂN BẢN HỢP NHẤT\\s*-\\s*", "");
            boolean continuation = previous != null
                    && (!ORGAN_START.matcher(c).lookingAt()
                            || previous.endsWith("-")
                            || previous.endsWith(" VÀ")
                            || c.startsWith("VÀ "));
            if (continuation && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
            }
            previous = c;
        }
        // The Gazette prints the issuer once as a section title and again in the document's header.
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups) {
            String joined = String.join(" ", g).replaceAll("\\s+", " ");
            if (!out.isEmpty()
                    && String.join(" ", out.get(out.size() - 1))
                            .replaceAll("\\s+", " ")
                            .equals(joined)) {
                continue;
            }
            out.add(List.of(joined));
        }
        return out;
    }

    // ------------------------------------------------------------------ signature

    private static final class Signature {
        int line = -1;

        @Nullable
        String authority;

        @Nullable
        String collective;

        @Nullable
        String position;

        @Nullable
        String signer;

        List<String> recipients = List.of();
        int recipientsLine = -1;
    }

    private static Signature signature(Lines lines, int from) {
        Signature s = new Signature();
        int authorityLine = -1;
        for (int i = from; i < lines.size(); i++) {
            Matcher a = AUTHORITY.matcher(lines.get(i).content());
            if (a.matches() && lines.get(i).content().length() < 60) {
                authorityLine = i;
                break;
            }
        }
        int positionLine = -1;
        if (authorityLine >= 0) {
            s.line = authorityLine;
            int i = authorityLine;
            List<String> marks = new ArrayList<>();
            while (i < lines.size()) {
                String c = lines.get(i).content();
                if (c.isEmpty()) {
                    i++;
                    continue;
                }
                Matcher a = AUTHORITY.matcher(c);
                if (!a.matches() || c.length() >= 60) {
                    break;
                }
                String mark = a.group(1);
                marks.add(mark.contains("/") || mark.endsWith(".") || mark.length() > 3 ? mark : mark + ".");
                if (s.collective == null && (mark.startsWith("T"))) {
                    s.collective = a.group(2);
                }
                i++;
            }
            // With "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", the signer signs for the chairman: the last mark.
            s.authority = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            int p = lines.nextNonBlank(i);
            if (p >= 0
                    && isPersonName(lines.get(p).content())
                    && !OrganNames.isCaps(lines.get(p).content())) {
                s.signer = lines.get(p).content(); // "T/M BAN BÍ THƯ" then the name: no position printed
            } else if (p >= 0
                            && OrganNames.isCaps(lines.get(p).content())
                            && !PERSON.matcher(lines.get(p).content()).matches()
                    || p >= 0 && POSITION.matcher(lines.get(p).content()).matches()) {
                positionLine = p;
            }
        } else {
            for (int i = from; i < lines.size(); i++) {
                if (POSITION.matcher(lines.get(i).content()).matches()
                        && lines.get(i).content().length() < 60) {
                    int n = lines.nextNonBlank(i + 1);
                    if (n >= 0 && n - i <= 6 && isPersonName(lines.get(n).content())) {
                        positionLine = i;
                        s.line = i;
                        break;
                    }
                }
            }
        }
        if (positionLine >= 0) {
            s.position = lines.get(positionLine).content();
            for (int k = positionLine + 1; k < lines.size() && k - positionLine <= 10; k++) {
                String c = lines.get(k).content();
                if (c.isEmpty() || c.matches("(?iu)^[(\\[]?(?:đã ký|ký|signed|đã\\s+ký\\s+và\\s+đóng\\s+dấu).*")) {
                    continue;
                }
                if (isPersonName(c)) {
                    s.signer = OrganNames.isCaps(c) ? personTitleCase(c) : c;
                }
                break;
            }
        }
        s.recipients = recipients(lines, s.line, s);
        return s;
    }

    private static boolean isPersonName(String c) {
        return PERSON.matcher(c).matches() && !c.contains("Nơi") && c.split(" ").length <= 5;
    }

    private static String personTitleCase(String caps) {
        StringBuilder b = new StringBuilder();
        for (String w : caps.toLowerCase(Locale.ROOT).split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(OrganNames.capitalise(w));
        }
        return b.toString();
    }

    /** "Nơi nhận:" and its items, one a line; within reach of the signature (Gazette forms have their own). */
    private static List<String> recipients(Lines lines, int signatureLine, Signature s) {
        int from = signatureLine >= 0 ? Math.max(0, signatureLine - 40) : 0;
        int to = signatureLine >= 0 ? Math.min(lines.size(), signatureLine + 40) : lines.size();
        for (int i = from; i < to; i++) {
            String c = lines.get(i).content();
            if (c.matches("(?iu)^Nơi nhận\\s*:?.*")) {
                s.recipientsLine = i;
                List<String> items = new ArrayList<>();
                String rest = c.replaceFirst("(?iu)^Nơi nhận\\s*:?\\s*", "");
                if (!rest.isEmpty()) {
                    items.add(cleanRecipient(rest));
                }
                int blanks = 0;
                for (int k = i + 1; k < lines.size(); k++) {
                    String item = lines.get(k).content();
                    if (item.isEmpty()) {
                        if (++blanks > 1 && !items.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    blanks = 0;
                    if (!item.matches("^[-+•].*")) {
                        break;
                    }
                    String r = cleanRecipient(item.replaceFirst("^[-+•]\\s*", ""));
                    if (!r.isEmpty()) {
                        items.add(r);
                    }
                }
                return items;
            }
        }
        return List.of();
    }

    /**
     * A commune's header names neither district nor province ("ỦY BAN NHÂN DÂN / XÃ TÀ NUNG", Decree
     * 30/2020/NĐ-CP); the recipient it reports to ("(b/c)", báo cáo) is its superior, and when that
     * names its unit ("Ủy ban nhân dân huyện Quảng Xương (b/c)") it places the commune. Only a
     * superior the gazetteer places is taken: a short "UBND huyện (b/c)" places nothing.
     */
    private Locality placedByItsSuperior(Locality own, List<String> recipients, @Nullable LocalDate date) {
        Locality provinceOnly = null;
        for (String r : recipients) {
            if (!r.contains("(b/c)")) {
                continue;
            }
            Locality superior = gazetteer.locate(List.of(r.replace("(b/c)", "").strip()), null, date);
            if (superior.district() != null) {
                return new Locality(superior.province(), superior.district(), own.commune());
            }
            if (superior.province() != null && provinceOnly == null) {
                provinceOnly = new Locality(superior.province(), null, own.commune());
            }
        }
        return provinceOnly == null ? own : provinceOnly;
    }

    /** A commune no superior placed, whose kind and name only one commune of the country has. */
    private Locality placedByItsName(Locality own, @Nullable String kind, @Nullable LocalDate date) {
        String name = own.commune();
        if (kind == null || name == null || date != null && !date.isBefore(Gazetteer.REFORM_DATE)) {
            return own;
        }
        return gazetteer
                .onlyCommuneNamed(kind, name)
                .map(c -> new Locality(c.province(), c.district(), own.commune()))
                .orElse(own);
    }

    /**
     * A district whose name several provinces have ("ỦY BAN NHÂN DÂN / HUYỆN CHÂU THÀNH": An Giang,
     * Đồng Tháp, Tiền Giang, Bến Tre, …) is placed, as a commune is, by the superior it reports to
     * ("Ủy ban nhân dân tỉnh An Giang (b/c)"), when that province has a district of the name.
     */
    private Locality districtPlacedByItsSuperior(Locality own, List<String> recipients, @Nullable LocalDate date) {
        for (String r : recipients) {
            if (!r.contains("(b/c)")) {
                continue;
            }
            Locality superior = gazetteer.locate(List.of(r.replace("(b/c)", "").strip()), null, date);
            String province = superior.province();
            String district = own.district();
            if (province != null
                    && district != null
                    && superior.district() == null
                    && gazetteer.districtsNamed(district).stream()
                            .anyMatch(u -> u.province().equals(province))) {
                return new Locality(province, own.district(), own.commune());
            }
        }
        return own;
    }

    private static String cleanRecipient(String r) {
        return r.replaceAll("[\\s,;.]+$", "").strip();
    }
}
