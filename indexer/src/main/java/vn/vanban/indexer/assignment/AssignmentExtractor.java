package vn.vanban.indexer.assignment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.citation.Dates;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * Reads the tasks of a document's implementation section ("TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM THỰC
 * HIỆN", "PHÂN CÔNG NHIỆM VỤ"). Stateless and thread-safe.
 *
 * <p>How a section is written (DOMAIN.md, the seeds): numbered items "1.", "2." each naming its
 * assignees first ("Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy xây dựng kế hoạch …"), or a
 * numbered heading that is only an organ ("1. Các phòng, ban, đơn vị thành phố") with dashed tasks
 * under it, or "Organ: tasks". A task is a sentence or a clause after ";"; a clause without a subject
 * of its own belongs to the subject before it.
 */
public final class AssignmentExtractor {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern HEADING =
            Pattern.compile("(?imu)^[#*\\s]*(?:[IVXLC]{1,5}\\s*[.\\-:)]\\s*|\\d{1,2}\\s*[.)]\\s*)?"
                    + "[*\\s]*(?:THỜI GIAN VÀ |KINH PHÍ VÀ )?(?:TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|TRÁCH NHIỆM TỔ CHỨC THỰC HIỆN"
                    + "|TỔ CHỨC TRIỂN KHAI(?: THỰC HIỆN)?|PHÂN CÔNG (?:NHIỆM VỤ|TRÁCH NHIỆM|THỰC HIỆN))[*\\s:.]*$");

    /** The signature block, the recipients or the next Roman-numbered section end the section. */
    private static final Pattern END =
            Pattern.compile("(?mu)^[#*\\s]*(?:Nơi nhận|NƠI NHẬN|T/M|TM\\.|TM |KT\\.|KT |TL\\.|TUQ\\."
                    + "|[IVXLC]{1,5}\\s*[.\\-]\\s*\\p{Lu}{2,}\\s+\\p{Lu}{2,})");

    private static final Pattern MARKER =
            Pattern.compile("^[\\s*#]*(?:(\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)])|([a-zđ]\\s*\\))|([-+•*]))[\\s*]*");

    /**
     * Verbs that end an assignee's name. Lower case inside a sentence; an organ's name capitalises its
     * words ("Ban Tổ chức", "Ủy ban Kiểm tra"), so only a verb at the start of a clause may be
     * capitalised. "tổ chức" is not a verb in "các tổ chức chính trị - xã hội", "tổ chức cơ sở đảng".
     */
    private static final String VERBS =
            "chủ trì|phối hợp|theo dõi|căn cứ|xây dựng|ban hành|(?<!các )tổ chức(?! (?:chính trị|cơ sở|đảng|thành viên|đoàn))"
                    + "|báo cáo|triển khai|tham mưu|chỉ đạo|lãnh đạo|có trách nhiệm|chịu trách nhiệm|thực hiện|quán triệt"
                    + "|tuyên truyền|hướng dẫn|kiểm tra|đôn đốc|giám sát|cập nhật|định kỳ|hằng năm|hàng năm|hằng quý|hàng quý"
                    + "|hoàn thành|phổ biến|rà soát|bố trí|đẩy mạnh|nghiêm túc|tổng hợp|gửi|duy trì|truyền tải|vận động"
                    + "|cụ thể hóa|nắm|quan tâm|kịp thời|sơ kết|tổng kết|đánh giá|bảo đảm|đảm bảo|tiếp tục|chủ động|tăng cường"
                    + "|phát thanh|tiếp sóng|phát huy|nâng cao|tập trung|thường xuyên|tham gia|cung cấp|chuẩn bị|xong|thành lập";

    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])");
    private static final Pattern VERB_AT_START = Pattern.compile("(?iu)^(?:" + VERBS + ")(?![\\p{L}])");

    private static final Pattern PREFACE = Pattern.compile(
            "^(?iu:căn cứ) [^,;]{1,80}?,\\s*(?=(?iu:yêu cầu|đề nghị|giao)|các |cấp ủy|đảng ủy|\\p{Lu})");
    /**
     * Words before the subject that are not part of it: a request, a connective ("Đồng thời"), the
     * ground of the task ("Theo chức năng, nhiệm vụ"), the organ's standing after "Sở X: Là cơ quan
     * đầu mối, …".
     */
    private static final Pattern REQUEST =
            Pattern.compile("^(?iu:giao cho|giao|đề nghị|yêu cầu|đồng thời|ngoài ra|bên cạnh đó|trong đó|sau đó"
                    + "|(?:theo|căn cứ) chức năng,? nhiệm vụ(?: được giao)?"
                    + "|là (?:cơ quan|đơn vị) (?:thường trực|đầu mối)),?\\s+");

    /** The head word an organ's name or a class of organs starts with. */
    private static final String ORGAN_HEAD = "(?:các |Các |UBND|Ủy ban|Ban |"
            + "Sở |Phòng |Văn phòng|Trung tâm|Đảng ủy|Đảng đoàn|Đoàn |Công đoàn|Công an|Bộ Chỉ huy|Hội |Tỉnh đoàn|Huyện đoàn|Thành đoàn"
            + "|Liên đoàn|Mặt trận|Cổng |Trang |Báo |Đài |Thường trực|Tòa án|Viện |Kho bạc|Chi cục|Cục |Trường |Bệnh viện)";

    private static final Pattern ORGAN_START = Pattern.compile("^" + ORGAN_HEAD);

    /**
     * Where one assignee of a list ends and another starts: an organ's head word after "," "và" ";".
     * A head word followed by "và" or "," is a member of a list of kinds ("Các Vụ, Cục, Viện và đơn
     * vị trực thuộc Bộ"), not the start of a name.
     */
    private static final Pattern ASSIGNEE_SPLIT = Pattern.compile(
            "\\s*(?:;|,|(?<!HĐND|Hội đồng nhân dân) và)\\s+(?=" + ORGAN_HEAD + ")(?!\\p{Lu}\\p{L}*(?:,| và\\s))");

    /**
     * A circumstance before the subject is not part of it: "Trong quá trình thực hiện, nếu có khó khăn,
     * vướng mắc, các cơ quan, đơn vị báo cáo …", "Khi có yêu cầu, Sở Y tế …". It ends at the comma an
     * organ's head word (or a request) follows.
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("^(?iu:trong quá trình|quá trình|nếu|trường hợp"
            + "|khi|sau khi|trên cơ sở)(?![\\p{L}])[^;]{0,160}?,\\s*(?=(?iu:giao|đề nghị|yêu cầu|cấp ủy|đảng ủy)|"
            + ORGAN_HEAD + ")");
    /** The same circumstance with no organ after it: the clause has no subject of its own. */
    private static final Pattern CIRCUMSTANCE_ONLY =
            Pattern.compile("^(?iu:trong quá trình|quá trình|nếu|trường hợp|khi|sau khi)(?![\\p{L}])");

    private static final Pattern ROLE_LEAD = Pattern.compile("(?iu)^chủ trì");
    private static final Pattern ROLE_COORDINATE = Pattern.compile("(?iu)^phối hợp");
    /**
     * The organ watches the others: the predicate starts with a follow-up verb ("theo dõi", "đôn đốc")
     * or an inspection verb ("kiểm tra, giám sát"). After "hướng dẫn" (guiding is a task of one's own)
     * only the follow-up verbs make it a monitor: "hướng dẫn, theo dõi" watches, "hướng dẫn, kiểm tra"
     * is the board's own guidance work.
     */
    private static final Pattern ROLE_MONITOR = Pattern.compile("(?iu)^(?:tham mưu [^,;]{0,60}?|tăng cường\\s+)?"
            + "(?:theo dõi|đôn đốc|kiểm tra|giám sát|hướng dẫn,\\s*(?:theo dõi|đôn đốc))");
    /** Words that state a duty before the verb that names the role: "Sở Tư pháp có trách nhiệm theo dõi". */
    private static final Pattern DUTY =
            Pattern.compile("(?iu)^(?:có trách nhiệm|chịu trách nhiệm|được giao|được phân công)\\s+");
    /**
     * The organ's standing in the task is not its name: "Sở Tài nguyên và Môi trường là cơ quan
     * thường trực, chủ trì …" names the Sở.
     */
    private static final Pattern STANDING =
            Pattern.compile("(?iu)\\s+(?:là|làm) (?:cơ quan|đơn vị|bộ phận) (?:thường trực|đầu mối|chủ trì)");

    private static final Pattern PLAN = Pattern.compile(
            "(?iu)(?:xây dựng|ban hành|cụ thể hóa)(?:\\s+(?:và|,)?\\s*(?:ban hành|xây dựng))?\\s+(?:[\\p{L}]+[ ,]+){0,3}?(?:kế hoạch|chương trình)");
    private static final Pattern ROLE_WORDS = Pattern.compile("(?iu)^(?:chủ trì|phối hợp|tham mưu|với|,|\\s)+");
    private static final Pattern MONITOR_WORDS = Pattern.compile("(?iu)theo dõi|đôn đốc|kiểm tra|giám sát|hướng dẫn");
    private static final Pattern PROPAGATE_WORDS =
            Pattern.compile("(?iu)tuyên truyền|quán triệt|phổ biến|vận động|học tập|hưởng ứng");
    private static final Pattern ORGANISE_WORDS =
            Pattern.compile("(?iu)(?<!các )tổ chức(?! chính trị)|triển khai|thực hiện|sơ kết|tổng kết");
    private static final Pattern REPORT_WORDS = Pattern.compile("(?iu)báo cáo|tổng hợp");
    private static final Pattern REPORT_LEAD =
            Pattern.compile("(?iu)^(?:(?:định kỳ|hằng|hàng)[^,;]{0,20}?\\s)?(?:tổng hợp,?\\s*)?báo cáo");

    private static final Pattern BY = Pattern.compile(
            "(?iu)(?:trước|chậm nhất(?: là)?(?: vào)?|không quá|hạn chót)\\s+(?:ngày\\s+)?" + Dates.DATE);
    private static final Pattern ON = Pattern.compile("(?iu)(?:vào|trong)\\s+ngày\\s+" + Dates.DATE);
    private static final Pattern QUARTER =
            Pattern.compile("(?iu)(?:trong|vào)\\s+quý\\s+(IV|I{1,3}|[1-4])\\s*(?:/\\s*|\\s+năm\\s+)(\\d{4})");
    private static final Pattern MONTH =
            Pattern.compile("(?iu)(?:trong|vào)\\s+tháng\\s+(\\d{1,2})\\s*(?:/\\s*|\\s+năm\\s+)(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?iu)(?:trong|vào)\\s+năm\\s+(\\d{4})");
    private static final Pattern WITHIN =
            Pattern.compile("(?iu)(?:trong vòng|trong thời hạn|trong|trước|sau|chậm nhất(?: là)?)\\s+(\\d{1,3})\\s+ngày"
                    + "(?:\\s+làm việc)?\\s*,?\\s*(?:kể từ|tính từ|từ|sau khi|sau)\\s+([^,;.()]{0,60})");
    private static final Pattern OWN_DOCUMENT =
            Pattern.compile("(?iu)^(?:ngày\\s+)?(?:ký|ban hành)(?:\\s+(?:ban hành\\s+)?"
                    + "(?:kế hoạch|văn bản|chỉ thị|quyết định|hướng dẫn|chương trình|công văn)\\s+này)?\\s*$"
                    // "kể từ ngày Kế hoạch này được ban hành"
                    + "|^(?:ngày\\s+)?(?:kế hoạch|văn bản|chỉ thị|quyết định|hướng dẫn|chương trình|công văn)\\s+này"
                    + "\\s+(?:được\\s+)?(?:ký|ban hành)\\s*$");
    /** A day and month without a year ("trước ngày 15/8", "xong trước 30/9"). */
    private static final Pattern PARTIAL_BY = Pattern.compile(
            "(?iu)(?:trước|chậm nhất(?: là)?)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?!\\s*[/\\d])");

    private static final Pattern RECURRENCE = Pattern.compile("(?iu)(?:định kỳ\\s+)?(?:hằng|hàng)\\s+(năm|quý|tháng)"
            + "|định kỳ\\s+(\\d{1,2}|sáu|ba)\\s+tháng|định kỳ\\s+(năm|quý|tháng)(?![\\p{L}])");
    private static final Pattern DAY_MONTH =
            Pattern.compile("ngày\\s+(\\d{1,2})\\s*(?:/\\s*|\\s+tháng\\s+)(\\d{1,2})(?!\\s*[/\\d]|\\s+năm)");
    /** A fixed day the clause ends with, far from its "hằng năm": "hằng năm gửi báo cáo … trước ngày 10/11". */
    private static final Pattern BY_DAY_MONTH = Pattern.compile("(?iu)(?:trước|chậm nhất(?: là)?)\\s+" + DAY_MONTH);
    /** A subject that names its members in the items below it: "Giao các cơ quan sau chủ trì …:". */
    private static final Pattern LISTED_BELOW = Pattern.compile("(?iu)(?:sau|dưới đây)\\s*$");

    private AssignmentExtractor() {}

    /** The tasks of a parsed document; offsets refer to {@link ParsedDocument#text()}. */
    public static List<Assignment> extract(ParsedDocument document) {
        return extract(document.text(), document.date(), document.issuerLevel());
    }

    /**
     * The tasks of a text already normalised as the parser does ({@code VietnameseText.normalize}).
     *
     * @param date the document's date: "30 ngày kể từ ngày ký Kế hoạch này" counts from it, and a due
     *     date without a year ("trước ngày 15/8") takes its year
     * @param level the issuer's level: "các cấp ủy trực thuộc" of a Tỉnh ủy are district committees
     */
    public static List<Assignment> extract(String text, @Nullable LocalDate date, @Nullable IssuerLevel level) {
        Matcher h = HEADING.matcher(text);
        int from = -1;
        while (h.find()) {
            from = h.end(); // the last such heading: the first may sit in a table of contents
        }
        if (from < 0) {
            return List.of();
        }
        Matcher e = END.matcher(text);
        int to = e.find(from) ? e.start() : text.length();
        return new SectionReader(text, date, level).read(from, to);
    }

    private static final class SectionReader {
        private final String text;
        private final @Nullable LocalDate date;
        private final @Nullable IssuerLevel level;
        private final List<Assignment> out = new ArrayList<>();
        private List<Assignee> heading = List.of();
        private List<Assignee> previous = List.of();
        /** The task whose subject ("các cơ quan sau") is named by the items that follow, or -1. */
        private int listedBelow = -1;
        /** The paragraph is an item under a heading that names its organs. */
        private boolean itemOfHeading;

        SectionReader(String text, @Nullable LocalDate date, @Nullable IssuerLevel level) {
            this.text = text;
            this.date = date;
            this.level = level;
        }

        List<Assignment> read(int from, int to) {
            int lineStart = from;
            while (lineStart < to) {
                int nl = text.indexOf('\n', lineStart);
                int lineEnd = nl < 0 || nl > to ? to : nl;
                paragraph(lineStart, lineEnd);
                lineStart = lineEnd + 1;
            }
            return List.copyOf(out);
        }

        private void paragraph(int start, int end) {
            String line = text.substring(start, end);
            if (line.isBlank()) {
                return;
            }
            Matcher m = MARKER.matcher(line);
            // An item ("-", "+", "a)") is listed under the heading above it; a numbered one is not.
            boolean dash = false;
            int cs = start;
            if (m.find()) {
                dash = m.group(2) != null || m.group(3) != null;
                cs = start + m.end();
            } else {
                cs = start + (line.length() - line.stripLeading().length());
            }
            int ce = end;
            while (ce > cs && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == '*')) {
                ce--;
            }
            if (ce <= cs) {
                return;
            }
            if (!dash) {
                heading = List.of();
            }
            String content = text.substring(cs, ce);
            if (listedBelow >= 0 && dash && firstVerb(content) < 0) {
                nameListed(cs, ce);
                return;
            }
            listedBelow = -1;
            if (isHeading(content)) {
                heading = assignees(cs, ce);
                previous = heading;
                return;
            }
            itemOfHeading = dash && !heading.isEmpty();
            List<Assignee> inherited = itemOfHeading ? heading : previous;
            int colon = content.indexOf(':');
            if (colon > 0 && colon < 150 && firstVerb(content.substring(0, colon)) < 0) {
                inherited = assignees(cs, cs + colon);
                itemOfHeading = false; // "a) Sở Tài chính: Chủ trì …" names its own organ
                if (content.substring(colon + 1).isBlank()) {
                    // "1. Sở Y tế:", "2. Các sở, ban, ngành; UBND các huyện:" heads the items below it.
                    heading = inherited;
                    previous = inherited;
                    return;
                }
                cs = cs + colon + 1;
            }
            int before = out.size();
            clauses(cs, ce, inherited);
            if (content.endsWith(":") && out.size() > before) {
                Assignment last = out.getLast();
                if (!last.assignees().isEmpty()
                        && LISTED_BELOW
                                .matcher(last.assignees().getLast().text())
                                .find()) {
                    listedBelow = out.size() - 1;
                }
            }
        }

        /**
         * An item under "Giao các cơ quan sau chủ trì …:" names an assignee of that task: the
         * first such item replaces the words "các cơ quan sau", the next ones join it.
         */
        private void nameListed(int start, int end) {
            Assignment task = out.get(listedBelow);
            List<Assignee> named = new ArrayList<>();
            boolean placeholder = task.assignees().stream()
                    .anyMatch(a -> LISTED_BELOW.matcher(a.text()).find());
            if (!placeholder) {
                named.addAll(task.assignees());
            }
            named.addAll(assignees(start, end));
            out.set(
                    listedBelow,
                    new Assignment(
                            task.text(),
                            task.start(),
                            task.end(),
                            named,
                            task.role(),
                            task.action(),
                            task.due(),
                            task.recurrence()));
            previous = named;
        }

        private static boolean isHeading(String content) {
            String s = content.strip();
            return !s.isEmpty()
                    && Character.isUpperCase(s.charAt(0))
                    && firstVerb(s) < 0
                    && !s.endsWith(".")
                    && !s.endsWith(";")
                    && !s.contains(":")
                    && s.split("\\s+").length <= 16;
        }

        /** Splits at ";" and at a sentence end, outside parentheses. */
        private void clauses(int start, int end, List<Assignee> inherited) {
            List<Assignee> subject = inherited;
            @Nullable Role role = null;
            int depth = 0;
            int clauseStart = start;
            for (int i = start; i <= end; i++) {
                char c = i < end ? text.charAt(i) : ';';
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth = Math.max(0, depth - 1);
                }
                boolean split = i == end
                        || depth == 0
                                && (c == ';'
                                        || c == '.'
                                                && i + 2 < end
                                                && Character.isWhitespace(text.charAt(i + 1))
                                                && Character.isUpperCase(text.charAt(i + 2)));
                if (split && i < end && c == ';' && firstVerb(text.substring(clauseStart, i)) < 0) {
                    split = false; // "Các sở, ban, ngành; UBND các huyện … xây dựng": a list of assignees
                }
                if (split) {
                    Assignment a = clause(clauseStart, i, subject, role);
                    if (a != null) {
                        out.add(a);
                        subject = a.assignees();
                        role = a.role();
                        previous = subject;
                    }
                    clauseStart = i + 1;
                }
            }
        }

        private @Nullable Assignment clause(
                int start, int end, List<Assignee> inherited, @Nullable Role inheritedRole) {
            int s = start;
            int e = end;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '*')) {
                s++;
            }
            while (e > s && ".,;/ *\t".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - s < 4) {
                return null;
            }
            int body = s;
            Matcher pre = PREFACE.matcher(text.substring(body, e));
            if (pre.find()) {
                body += pre.end();
            }
            boolean subjectless = false;
            Matcher circumstance = CIRCUMSTANCE.matcher(text.substring(body, e));
            if (circumstance.find()) {
                body += circumstance.end();
            } else {
                subjectless = CIRCUMSTANCE_ONLY.matcher(text.substring(body, e)).find();
            }
            Matcher req = REQUEST.matcher(text.substring(body, e));
            if (req.find()) {
                body += req.end();
            }
            String rest = text.substring(body, e);
            int verb = subjectless ? -1 : firstVerb(rest);
            List<Assignee> assignees = inherited;
            int predicate = body;
            if (verb > 0 && looksLikeOrgan(rest.substring(0, verb)) && ownSubject(rest.substring(0, verb))) {
                int subjectEnd = body + verb;
                while (subjectEnd > body && ", :".indexOf(text.charAt(subjectEnd - 1)) >= 0) {
                    subjectEnd--;
                }
                Matcher standing = STANDING.matcher(text.substring(body, subjectEnd));
                if (standing.find() && standing.start() > 0) {
                    subjectEnd = body + standing.start();
                }
                assignees = assignees(body, subjectEnd);
                predicate = body + verb;
                inheritedRole = null;
            } else if (verb == 0) {
                predicate = body;
            }
            String p = text.substring(predicate, e);
            String clause = text.substring(s, e);
            // A clause without a subject of its own keeps the role of the one before it: "X chủ trì
            // hướng dẫn …; theo dõi, tổng hợp …" is still X's lead.
            Role role = inheritedRole != null ? inheritedRole : role(p);
            Recurrence recurrence = recurrence(s, e);
            Due due = due(s, e, recurrence != null);
            return new Assignment(clause, s, e, assignees, role, action(p, role, due, recurrence), due, recurrence);
        }

        /**
         * An item under a heading starts with a capital whatever its first word: "- Lồng ghép nội
         * dung tuyên truyền …" is the heading's task, only an organ's head word names another.
         */
        private boolean ownSubject(String subject) {
            return !itemOfHeading || ORGAN_START.matcher(subject.strip()).find();
        }

        private static boolean looksLikeOrgan(String subject) {
            String s = subject.strip();
            if (s.isEmpty() || s.length() > 200) {
                return false;
            }
            String lower = s.toLowerCase(VI);
            return Character.isUpperCase(s.charAt(0))
                    || lower.startsWith("các ")
                    || lower.startsWith("cấp ủy")
                    || lower.startsWith("đảng ủy");
        }

        private static Role role(String clausePredicate) {
            String predicate = clausePredicate.substring(endOf(DUTY, clausePredicate));
            if (ROLE_LEAD.matcher(predicate).find()) {
                return Role.LEAD;
            }
            if (ROLE_COORDINATE.matcher(predicate).find()) {
                return Role.COORDINATE;
            }
            if (ROLE_MONITOR.matcher(predicate).find()) {
                return Role.MONITOR;
            }
            return Role.EXECUTE;
        }

        private static Action action(String predicate, Role role, @Nullable Due due, @Nullable Recurrence recurrence) {
            if (PLAN.matcher(predicate).find()) {
                return Action.ISSUE_PLAN;
            }
            String core = predicate.substring(endOf(ROLE_WORDS, predicate));
            if (REPORT_LEAD.matcher(core).find()
                    || (due != null || recurrence != null)
                            && core.toLowerCase(VI).contains("báo cáo")) {
                return Action.REPORT;
            }
            int monitor = startOf(MONITOR_WORDS, core);
            int propagate = startOf(PROPAGATE_WORDS, core);
            int organise = startOf(ORGANISE_WORDS, core);
            int report = startOf(REPORT_WORDS, core);
            int first = Math.min(Math.min(monitor, propagate), Math.min(organise, report));
            if (first == Integer.MAX_VALUE) {
                return role == Role.MONITOR ? Action.MONITOR : Action.OTHER;
            }
            if (first == organise && propagate != Integer.MAX_VALUE && propagate - organise <= 9) {
                return Action.PROPAGATE; // "tổ chức tuyên truyền", "tổ chức quán triệt"
            }
            if (first == monitor) {
                return Action.MONITOR;
            }
            if (first == propagate) {
                return Action.PROPAGATE;
            }
            if (first == organise) {
                return Action.ORGANISE;
            }
            return Action.REPORT;
        }

        private static int endOf(Pattern p, String s) {
            Matcher m = p.matcher(s);
            return m.find() ? m.end() : 0;
        }

        private static int startOf(Pattern p, String s) {
            Matcher m = p.matcher(s);
            return m.find() ? m.start() : Integer.MAX_VALUE;
        }

        /** The earliest due date of the clause. */
        private @Nullable Due due(int start, int end, boolean recurring) {
            String s = text.substring(start, end);
            List<Due> found = new ArrayList<>();
            Matcher m = BY.matcher(s);
            if (m.find()) {
                LocalDate d = Dates.of(m, 0);
                if (d != null) {
                    found.add(new Due(Due.Kind.BY, d, null, m.group(), start + m.start(), start + m.end()));
                }
            }
            m = ON.matcher(s);
            if (m.find()) {
                LocalDate d = Dates.of(m, 0);
                if (d != null) {
                    found.add(new Due(Due.Kind.ON, d, null, m.group(), start + m.start(), start + m.end()));
                }
            }
            m = QUARTER.matcher(s);
            if (m.find()) {
                int q = quarter(m.group(1));
                LocalDate d = YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth();
                found.add(new Due(Due.Kind.PERIOD, d, null, m.group(), start + m.start(), start + m.end()));
            }
            m = MONTH.matcher(s);
            if (m.find()) {
                int month = Integer.parseInt(m.group(1));
                if (month >= 1 && month <= 12) {
                    LocalDate d =
                            YearMonth.of(Integer.parseInt(m.group(2)), month).atEndOfMonth();
                    found.add(new Due(Due.Kind.PERIOD, d, null, m.group(), start + m.start(), start + m.end()));
                }
            }
            m = YEAR.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
                found.add(new Due(Due.Kind.PERIOD, d, null, m.group(), start + m.start(), start + m.end()));
            }
            m = WITHIN.matcher(s);
            if (m.find()) {
                int days = Integer.parseInt(m.group(1));
                LocalDate d =
                        date != null && OWN_DOCUMENT.matcher(m.group(2).strip()).find() ? date.plusDays(days) : null;
                found.add(new Due(Due.Kind.WITHIN, d, days, m.group().strip(), start + m.start(), start + m.end()));
            }
            if (!recurring && date != null) {
                m = PARTIAL_BY.matcher(s);
                if (m.find()) {
                    LocalDate d = dayOfYear(date.getYear(), m.group(2), m.group(1));
                    if (d != null && d.isBefore(date)) {
                        d = d.plusYears(1);
                    }
                    if (d != null) {
                        found.add(new Due(Due.Kind.BY, d, null, m.group(), start + m.start(), start + m.end()));
                    }
                }
            }
            return found.stream()
                    .min((a, b) -> Integer.compare(a.start(), b.start()))
                    .orElse(null);
        }

        private static @Nullable LocalDate dayOfYear(int year, String month, String day) {
            try {
                return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
        }

        private static int quarter(String q) {
            return switch (q.toUpperCase(Locale.ROOT)) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
        }

        private @Nullable Recurrence recurrence(int start, int end) {
            String s = text.substring(start, end);
            Matcher m = RECURRENCE.matcher(s);
            if (!m.find()) {
                return null;
            }
            int months;
            String unit = m.group(1) != null ? m.group(1) : m.group(3);
            if (unit != null) {
                months = switch (unit.toLowerCase(VI)) {
                    case "năm" -> 12;
                    case "quý" -> 3;
                    default -> 1;
                };
            } else {
                months = switch (m.group(2).toLowerCase(VI)) {
                    case "sáu" -> 6;
                    case "ba" -> 3;
                    default -> Integer.parseInt(m.group(2));
                };
            }
            // The fixed day: "trước ngày 15/12 hằng năm", "định kỳ 6 tháng (trước ngày 15/6)".
            MonthDay day = null;
            int windowStart = Math.max(0, m.start() - 30);
            int windowEnd = Math.min(s.length(), m.end() + 60);
            Matcher d = DAY_MONTH.matcher(s).region(windowStart, windowEnd);
            boolean near = d.find();
            if (!near) {
                d = BY_DAY_MONTH.matcher(s).region(m.end(), s.length());
            }
            if (near || d.find()) {
                try {
                    day = MonthDay.of(Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                } catch (java.time.DateTimeException ex) {
                    day = null;
                }
            }
            return new Recurrence(months, day, m.group(), start + m.start(), start + m.end());
        }

        private List<Assignee> assignees(int start, int end) {
            List<Assignee> list = new ArrayList<>();
            String s = text.substring(start, end);
            Matcher m = ASSIGNEE_SPLIT.matcher(s);
            int from = 0;
            while (m.find()) {
                add(list, start + from, start + m.start());
                from = m.end();
            }
            add(list, start + from, end);
            return merged(list);
        }

        /**
         * One class named twice in a list is one class of units: "Các huyện ủy, thị ủy, thành ủy và các
         * đảng ủy trực thuộc Tỉnh ủy" are the district committees. And the Front named without a place
         * before the mass organisations shares their place and is that class as a whole: "Ủy ban Mặt
         * trận Tổ quốc và các đoàn thể huyện" (the "khối Mặt trận, đoàn thể" of the district), while
         * "Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện" names two.
         */
        private List<Assignee> merged(List<Assignee> list) {
            List<Assignee> out = new ArrayList<>();
            for (Assignee a : list) {
                Assignee last = out.isEmpty() ? null : out.getLast();
                AssigneeClass group = last == null ? null : together(last, a);
                if (last != null && group != null) {
                    out.set(
                            out.size() - 1,
                            new Assignee(text.substring(last.start(), a.end()), group, last.start(), a.end()));
                } else {
                    out.add(a);
                }
            }
            return out;
        }

        private static @Nullable AssigneeClass together(Assignee first, Assignee second) {
            if (first.group() != null && first.group() == second.group()) {
                return first.group();
            }
            return AssigneeClasses.isFrontWithoutPlace(first.text())
                            && second.group() == AssigneeClass.MASS_ORGANISATIONS
                    ? AssigneeClass.MASS_ORGANISATIONS
                    : null;
        }

        private void add(List<Assignee> list, int start, int end) {
            int s = start;
            int e = end;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '*')) {
                s++;
            }
            while (e > s && ",.;: *".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e > s) {
                String name = text.substring(s, e);
                list.add(new Assignee(name, AssigneeClasses.of(name, level), s, e));
            }
        }
    }

    /** Offset of the first verb ending an assignee's name, or -1. */
    static int firstVerb(String s) {
        if (VERB_AT_START.matcher(s).find()) {
            return 0;
        }
        Matcher m = VERB.matcher(s);
        return m.find() ? m.start() : -1;
    }
}
