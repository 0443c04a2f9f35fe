package vn.vanban.indexer.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.Relation;

/**
 * Writes the text of one planned document: header, opening that names the parents, sections,
 * signature and recipients, with the variation real documents show (opening formulas, section
 * sets, a misnumbered section now and then).
 */
final class Composer {

    /** A composed document and every citation printed in it, in text order. */
    record Composed(
            Layout layout,
            List<Doc.Mention> mentions,
            @Nullable String authority,
            String position,
            String signer) {}

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private static final List<String> FORMS = List.of(
            "Tuyên truyền trên báo, đài phát thanh, truyền hình, cổng/trang thông tin điện tử và mạng xã hội.",
            "Tuyên truyền thông qua hội nghị báo cáo viên, sinh hoạt chi bộ, sinh hoạt của các đoàn thể.",
            "Tuyên truyền trên hệ thống truyền thanh cơ sở với tần suất tối thiểu 01 lần/tuần.",
            "Tuyên truyền cổ động trực quan: băng rôn, khẩu hiệu, pano, áp phích tại trụ sở cơ quan, nơi công cộng.",
            "Tổ chức tọa đàm, hội thi tìm hiểu; phát hành tài liệu, tờ rơi, tờ gấp.",
            "Lồng ghép trong các cuộc họp thôn, tổ dân phố, hội nghị tiếp xúc cử tri.");

    private static final List<String> TASKS = List.of(
            "chủ trì, phối hợp với các cơ quan liên quan tham mưu triển khai thực hiện Kế hoạch này; định kỳ báo cáo"
                    + " kết quả theo quy định.",
            "căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, triển khai thực hiện phù hợp với tình hình thực tế của địa"
                    + " phương, đơn vị.",
            "tăng cường công tác tuyên truyền, kịp thời phản ánh các mô hình hay, cách làm hiệu quả.",
            "theo dõi, đôn đốc, kiểm tra việc thực hiện; tổng hợp, báo cáo kết quả.",
            "phối hợp chặt chẽ trong tổ chức thực hiện, bảo đảm đúng tiến độ, hiệu quả.");

    private final Doc doc;
    private final SplittableRandom random;
    private final Citer citer;
    private final Organ organ;

    private Composer(Doc doc) {
        this.doc = doc;
        this.random = new SplittableRandom(doc.seed());
        this.organ = doc.organ();
        this.citer = new Citer(organ, random);
    }

    static Composed compose(Doc doc) {
        return new Composer(doc).compose();
    }

    private Composed compose() {
        List<String> left = new ArrayList<>(organ.header());
        if (organ.party()) {
            left.add("*");
        }
        String number = doc.number();
        String numberLine;
        if (organ.party()) {
            numberLine = (random.nextInt(6) == 0 ? "Số: " : "Số ") + number;
        } else {
            // Typed forms leave a blank before the slash, as in the Cẩm Phả seed ("Số: 197 /KH-UBND").
            int slash = number.indexOf('/');
            numberLine = "Số: "
                    + (random.nextInt(4) == 0 ? number.substring(0, slash) + " " + number.substring(slash) : number);
        }
        List<String> motto = organ.party()
                ? List.of("ĐẢNG CỘNG SẢN VIỆT NAM")
                : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        String dateLine = organ.place() + ", " + headerDate(doc.date());
        boolean letter = doc.type() == Campaign.CV;
        String title = switch (doc.type().code()) {
            case "CV" -> null;
            case "CTr" -> "CHƯƠNG TRÌNH HÀNH ĐỘNG";
            default -> Organ.upper(doc.type().name());
        };
        List<Layout.Block> body = switch (doc.type().code()) {
            case "CV" -> letterBody();
            case "QĐ" -> decisionBody();
            case "BC" -> reportBody();
            default -> planBody();
        };
        Signature signature = signature();
        List<String> recipients = recipients();
        Layout layout = new Layout(
                List.copyOf(left),
                numberLine,
                letter ? doc.subject() : null,
                motto,
                dateLine,
                title,
                letter ? null : doc.subject(),
                body,
                signature.lines(),
                recipients);
        List<Doc.Mention> mentions = new ArrayList<>(doc.subjectMentions());
        mentions.addAll(citer.mentions());
        return new Composed(layout, mentions, signature.authority(), signature.position(), signature.signer());
    }

    /** Decree 30/2020/NĐ-CP: days below 10 and months below 3 take a leading zero; many drafts omit it. */
    private String headerDate(LocalDate date) {
        boolean pad = random.nextInt(5) > 0;
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        String day = pad && d < 10 ? "0" + d : Integer.toString(d);
        String month = pad && m < 3 ? "0" + m : Integer.toString(m);
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    // ---- bodies ------------------------------------------------------------------------------

    private List<Layout.Block> planBody() {
        List<Layout.Block> body = new ArrayList<>();
        String kind = switch (doc.type().code()) {
            case "HD" -> "Hướng dẫn";
            case "CTr" -> "Chương trình hành động";
            default -> "Kế hoạch";
        };
        opening(body, kind);
        Sections sections = new Sections(body);
        Campaign c = campaign();
        if (doc.type().code().equals("CTr")) {
            sections.heading("MỤC TIÊU");
        } else if (random.nextInt(4) == 0) {
            sections.heading("MỤC ĐÍCH, YÊU CẦU");
            body.add(new Layout.Block(Layout.Style.SUBHEADING, "1. Mục đích"));
            pick(c.goals(), 2).forEach(g -> body.add(para("- " + fill(g))));
            body.add(new Layout.Block(Layout.Style.SUBHEADING, "2. Yêu cầu"));
            pick(c.goals(), 1).forEach(g -> body.add(para("- " + fill(g))));
        } else {
            sections.heading(random.nextBoolean() ? "MỤC ĐÍCH, YÊU CẦU" : "MỤC ĐÍCH - YÊU CẦU");
        }
        if (body.getLast().style() == Layout.Style.HEADING) {
            numbered(body, pick(c.goals(), 2 + random.nextInt(2)));
        }
        sections.heading(
                switch (doc.type().code()) {
                    case "CTr" -> "NHIỆM VỤ, GIẢI PHÁP";
                    case "HD" -> "NỘI DUNG TUYÊN TRUYỀN";
                    default ->
                        Names.pick(
                                random,
                                List.of(
                                        "NỘI DUNG",
                                        "NỘI DUNG TUYÊN TRUYỀN",
                                        "NHIỆM VỤ VÀ GIẢI PHÁP",
                                        "NỘI DUNG, NHIỆM VỤ"));
                });
        numbered(body, pick(c.contents(), 3 + random.nextInt(2)));
        if (!doc.type().code().equals("CTr") && random.nextInt(10) < 6) {
            // The Cẩm Phả seed numbers two sections "II."; real documents do that now and then.
            if (random.nextInt(10) == 0) {
                sections.repeat();
            }
            sections.heading(
                    doc.type().code().equals("HD") ? "HÌNH THỨC TUYÊN TRUYỀN" : "HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN");
            pick(FORMS, 3 + random.nextInt(2)).forEach(f -> body.add(para("- " + f)));
            if (random.nextBoolean()) {
                body.add(para("- Thời gian thực hiện: trong năm " + doc.date().getYear() + " và những năm tiếp theo."));
            }
        }
        sections.heading("TỔ CHỨC THỰC HIỆN");
        organise(body);
        body.add(para(
                "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về "
                        + Names.pick(random, organ.selfNames()) + " để xem xét, chỉ đạo./."));
        return body;
    }

    private void opening(List<Layout.Block> body, String kind) {
        List<Doc.Parent> basis = doc.parents().stream()
                .filter(p -> p.opening() && p.relation() == Relation.BASIS)
                .toList();
        List<Doc.Parent> implemented = doc.parents().stream()
                .filter(p -> p.opening() && p.relation() == Relation.IMPLEMENTS)
                .toList();
        String self = Names.pick(random, organ.selfNames());
        String verb = switch (kind) {
            case "Hướng dẫn" -> "hướng dẫn tuyên truyền, triển khai thực hiện như sau:";
            default ->
                Names.pick(
                        random,
                        List.of(
                                "ban hành " + kind + " triển khai thực hiện như sau:",
                                "ban hành " + kind + " thực hiện " + locality() + " như sau:",
                                "xây dựng " + kind + " cụ thể như sau:"));
        };
        if (!basis.isEmpty() && implemented.isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (Doc.Parent p : basis) {
                s.append(s.isEmpty() ? "Căn cứ " : "; căn cứ ")
                        .append(citer.full(p.doc(), Relation.BASIS, random.nextBoolean()));
            }
            body.add(para(s + ", " + self + " " + verb));
            return;
        }
        for (Doc.Parent p : basis) {
            body.add(para("Căn cứ " + citer.full(p.doc(), Relation.BASIS, random.nextBoolean()) + ";"));
        }
        if (implemented.isEmpty()) {
            body.add(para("Để triển khai có hiệu quả " + campaign().shortName() + " " + locality() + ", " + self + " "
                    + verb));
            return;
        }
        String opener = Names.pick(
                random, List.of("Thực hiện", "Thực hiện", "Thực hiện", "Triển khai", "Quán triệt và thực hiện"));
        StringBuilder s = new StringBuilder(opener).append(' ');
        for (int i = 0; i < implemented.size(); i++) {
            if (i > 0) {
                s.append(i == implemented.size() - 1 ? " và " : "; ");
            }
            s.append(citer.full(implemented.get(i).doc(), Relation.IMPLEMENTS, random.nextInt(4) > 0));
        }
        if (random.nextInt(5) == 0) {
            // The Cẩm Phả seed ends the opening sentence before naming the issuer.
            body.add(para(s + ". " + capitalise(self) + " " + verb));
        } else {
            body.add(para(s + ", " + self + " " + verb));
        }
    }

    private void organise(List<Layout.Block> body) {
        List<String> units = units();
        int n = Math.min(units.size(), 2 + random.nextInt(3));
        List<String> chosen = pick(units, n);
        for (int i = 0; i < chosen.size(); i++) {
            String unit = chosen.get(i);
            if (random.nextBoolean()) {
                body.add(new Layout.Block(Layout.Style.SUBHEADING, (i + 1) + ". " + unit));
                for (String task : pick(TASKS, 1 + random.nextInt(2))) {
                    body.add(para("- " + capitalise(task)));
                }
            } else {
                body.add(para((i + 1) + ". " + unit + " " + Names.pick(random, TASKS)));
            }
            if (i == 0 && doc.sibling() != null) {
                body.add(para("- Phối hợp triển khai đồng bộ với " + citer.full(doc.sibling(), Relation.MENTIONS, false)
                        + ", tránh chồng chéo, trùng lặp."));
            }
            if (i == 0 && random.nextInt(3) == 0) {
                Doc parent = doc.parents().getLast().doc();
                body.add(para("- Kịp thời báo cáo kết quả thực hiện " + citer.shortForm(parent, Relation.MENTIONS)
                        + " và Kế hoạch này về " + Names.pick(random, organ.selfNames()) + "."));
            }
        }
    }

    private List<Layout.Block> decisionBody() {
        List<Layout.Block> body = new ArrayList<>();
        body.add(new Layout.Block(Layout.Style.CENTER, Organ.upper("Chủ tịch Ủy ban nhân dân " + place())));
        for (Doc.Parent p : doc.parents()) {
            if (p.opening()) {
                body.add(para("Căn cứ "
                        + citer.full(
                                p.doc(),
                                p.relation() == Relation.IMPLEMENTS ? Relation.BASIS : p.relation(),
                                random.nextBoolean())
                        + ";"));
            }
        }
        IssuerLevel level = organ.level();
        String office =
                level == IssuerLevel.COMMUNE ? "công chức Văn hóa - Xã hội" : "Trưởng phòng Văn hóa và Thông tin";
        body.add(para("Xét đề nghị của " + office + "."));
        body.add(new Layout.Block(Layout.Style.CENTER, "QUYẾT ĐỊNH:"));
        Campaign c = campaign();
        if (doc.subject().startsWith("Về việc ban hành")) {
            body.add(para("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai " + c.topic() + " " + locality()
                    + " năm " + doc.date().getYear() + "."));
            body.add(para("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."));
        } else {
            body.add(para("Điều 1. Kiện toàn Ban Chỉ đạo thực hiện " + c.topic() + " " + locality()
                    + ", gồm các ông (bà) có tên sau:"));
            body.add(para("1. " + honorific() + " " + organ.signers().getFirst() + ", Chủ tịch UBND " + place()
                    + " - Trưởng ban;"));
            body.add(para("2. " + honorific() + " " + organ.signers().getLast() + ", Phó Chủ tịch UBND " + place()
                    + " - Phó Trưởng ban thường trực;"));
            body.add(para("3. " + honorific() + " " + Names.person(random) + ", Chủ tịch Ủy ban MTTQ Việt Nam "
                    + place() + " - Phó Trưởng ban;"));
            body.add(para("4. " + honorific() + " " + Names.person(random) + ", "
                    + (level == IssuerLevel.COMMUNE
                            ? "công chức Văn hóa - Xã hội"
                            : "Trưởng phòng Văn hóa và Thông tin")
                    + " - Ủy viên."));
            body.add(para("Điều 2. Ban Chỉ đạo có nhiệm vụ giúp Ủy ban nhân dân " + place()
                    + " chỉ đạo, đôn đốc, kiểm tra việc thực hiện " + c.shortName() + " " + locality()
                    + "; Trưởng ban phân công nhiệm vụ cho các thành viên."));
        }
        String executors = level == IssuerLevel.COMMUNE
                ? "Văn phòng Ủy ban nhân dân " + organ.commune().kind()
                        + ", các ban, ngành, đoàn thể và các ông (bà) có tên tại Điều 1"
                : "Chánh Văn phòng HĐND và UBND " + organ.district().kind()
                        + ", Thủ trưởng các phòng, ban, ngành liên quan, Chủ tịch UBND các xã, thị trấn";
        body.add(para("Điều 3. " + executors + " chịu trách nhiệm thi hành Quyết định này./."));
        return body;
    }

    private String honorific() {
        return random.nextInt(4) == 0 ? "Bà" : "Ông";
    }

    private List<Layout.Block> letterBody() {
        List<Layout.Block> body = new ArrayList<>();
        List<String> addressees = subordinates();
        body.add(para("Kính gửi:"));
        for (int i = 0; i < addressees.size(); i++) {
            body.add(para("- " + addressees.get(i) + (i == addressees.size() - 1 ? "." : ";")));
        }
        Doc parent = doc.parents().getFirst().doc();
        String self = organ.party()
                ? Names.pick(random, organ.selfNames())
                : Names.pick(
                        random,
                        List.of(
                                "Chủ tịch UBND " + organ.selfNames().getFirst().replace("Ủy ban nhân dân ", ""),
                                Names.pick(random, organ.selfNames())));
        body.add(para("Thực hiện " + citer.full(parent, Relation.IMPLEMENTS, random.nextBoolean()) + ", " + self + " "
                + Names.pick(random, List.of("đề nghị", "yêu cầu"))
                + " các cơ quan, đơn vị, địa phương triển khai thực hiện một số nội dung sau:"));
        List<String> items = pick(campaign().contents(), 2 + random.nextInt(2));
        for (int i = 0; i < items.size(); i++) {
            body.add(para((i + 1) + ". " + fill(items.get(i))));
        }
        LocalDate due = doc.date().plusDays(20 + random.nextInt(60));
        body.add(para(
                (items.size() + 1) + ". Định kỳ báo cáo kết quả thực hiện về " + Names.pick(random, organ.selfNames())
                        + " trước ngày "
                        + String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear())
                        + " để tổng hợp."));
        body.add(para("Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."));
        return body;
    }

    private List<Layout.Block> reportBody() {
        List<Layout.Block> body = new ArrayList<>();
        Doc parent = doc.parents().stream()
                .filter(Doc.Parent::opening)
                .map(Doc.Parent::doc)
                .findFirst()
                .orElse(doc.parents().getFirst().doc());
        String self = Names.pick(random, organ.selfNames());
        body.add(para("Thực hiện " + citer.full(parent, Relation.IMPLEMENTS, random.nextBoolean()) + ", " + self
                + " báo cáo kết quả thực hiện như sau:"));
        Sections sections = new Sections(body);
        sections.heading("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI");
        body.add(para("Ngay sau khi " + citer.shortForm(parent, Relation.MENTIONS) + " được ban hành, " + self
                + " đã ban hành "
                + (2 + random.nextInt(6)) + " văn bản lãnh đạo, chỉ đạo triển khai thực hiện; tổ chức "
                + (1 + random.nextInt(4))
                + " hội nghị quán triệt với " + (80 + random.nextInt(900)) + " lượt cán bộ, đảng viên tham dự."));
        sections.heading("KẾT QUẢ THỰC HIỆN");
        numbered(
                body,
                pick(campaign().contents(), 2 + random.nextInt(2)).stream()
                        .map(s -> "Đã triển khai: " + lower(s))
                        .toList());
        sections.heading("HẠN CHẾ, NGUYÊN NHÂN");
        body.add(para("- Công tác tuyên truyền ở một số nơi chưa thường xuyên, hình thức chưa phong phú."));
        body.add(para("- Sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ; việc báo cáo định kỳ còn chậm."));
        sections.heading("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        numbered(body, pick(campaign().goals(), 2));
        if (random.nextBoolean()) {
            sections.heading("ĐỀ XUẤT, KIẾN NGHỊ");
            body.add(para("Đề nghị cấp trên tiếp tục quan tâm hỗ trợ kinh phí, tài liệu tuyên truyền cho cơ sở."));
        }
        return body;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Section numbering with Roman numerals; {@link #repeat()} numbers the next section like the last. */
    private static final class Sections {
        private final List<Layout.Block> body;
        private int next;

        Sections(List<Layout.Block> body) {
            this.body = body;
        }

        void heading(String text) {
            body.add(new Layout.Block(Layout.Style.HEADING, ROMAN[next++] + ". " + text));
        }

        void repeat() {
            next = Math.max(0, next - 1);
        }
    }

    private void numbered(List<Layout.Block> body, List<String> items) {
        boolean points = random.nextInt(5) == 0;
        for (int i = 0; i < items.size(); i++) {
            String label = points ? (char) ('a' + i) + ")" : (i + 1) + ".";
            body.add(para(label + " " + fill(items.get(i))));
        }
    }

    private String fill(String template) {
        String s = template;
        if (s.contains("{ROOT}")) {
            s = s.replace("{ROOT}", citer.shortForm(campaign().root(), Relation.MENTIONS));
        }
        if (s.contains("{REL}")) {
            List<Doc> related = campaign().related().stream()
                    .filter(d -> d.date().isBefore(doc.date()))
                    .toList();
            String rel = related.isEmpty()
                    ? citer.shortForm(campaign().root(), Relation.MENTIONS)
                    : random.nextBoolean()
                            ? citer.full(Names.pick(random, related), Relation.MENTIONS, true)
                            : citer.withIssuer(Names.pick(random, related), Relation.MENTIONS);
            s = s.replace("{REL}", rel);
        }
        return s.replace("{LOC}", locality())
                .replace("{YEAR}", Integer.toString(doc.date().getYear()))
                .replace("{SHORT}", campaign().shortName());
    }

    private Campaign campaign() {
        Campaign c = doc.campaign();
        if (c == null) {
            throw new IllegalStateException("a generated document without a campaign: " + doc.id());
        }
        return c;
    }

    private String locality() {
        return locality(organ);
    }

    /** "trên địa bàn huyện": how an organ's plan names its territory (also used by {@link PlanPairs}). */
    static String locality(Organ organ) {
        return switch (organ.level()) {
            case CENTRAL -> "trong cả nước";
            case PROVINCE -> "trên địa bàn " + organ.province().full();
            case DISTRICT -> "trên địa bàn " + organ.district().kind();
            case COMMUNE -> "trên địa bàn " + organ.commune().kind();
            case GRASSROOTS -> "trong chi bộ";
        };
    }

    private String place() {
        return switch (organ.level()) {
            case CENTRAL -> "";
            case PROVINCE -> organ.province().full();
            case DISTRICT -> organ.district().full();
            default -> organ.commune().full();
        };
    }

    private List<String> units() {
        Geography.Province p = organ.province();
        String word = p != null && p.city() ? "Thành ủy" : "Tỉnh ủy";
        String unit = p != null && p.city() ? "thành phố" : "tỉnh";
        return switch (organ.kind()) {
            case CENTRAL_REAL, CENTRAL_PARTY_BOARD ->
                List.of(
                        "Ban Tuyên giáo các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
                        "Các cơ quan báo chí Trung ương",
                        "Vụ Tuyên truyền");
            case CENTRAL_MINISTRY ->
                List.of(
                        "Các đơn vị thuộc Bộ",
                        "Văn phòng Bộ",
                        "Sở chuyên ngành các tỉnh, thành phố trực thuộc Trung ương");
            case PARTY_COMMITTEE ->
                switch (organ.level()) {
                    case PROVINCE ->
                        List.of(
                                "Ban Tuyên giáo " + word,
                                "Ban cán sự đảng Ủy ban nhân dân " + unit,
                                p.city()
                                        ? "Các quận ủy, huyện ủy, đảng ủy trực thuộc " + word
                                        : "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc " + word,
                                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam " + unit
                                        + " và các tổ chức chính trị - xã hội " + unit,
                                "Văn phòng " + word);
                    case DISTRICT ->
                        List.of(
                                "Ban Tuyên giáo "
                                        + organ.name()
                                                .replace(" " + organ.district().name(), ""),
                                "Ủy ban nhân dân " + organ.district().kind(),
                                "Các đảng ủy, chi bộ cơ sở trực thuộc",
                                "Đề nghị Ủy ban MTTQ và các đoàn thể chính trị - xã hội "
                                        + organ.district().kind(),
                                "Văn phòng "
                                        + organ.name()
                                                .replace(" " + organ.district().name(), ""));
                    default ->
                        List.of(
                                "Ủy ban nhân dân " + organ.commune().kind(),
                                "Ủy ban MTTQ và các đoàn thể chính trị - xã hội "
                                        + organ.commune().kind(),
                                "Các chi bộ trực thuộc",
                                "Văn phòng Đảng ủy");
                };
            case PARTY_BOARD ->
                organ.level() == IssuerLevel.PROVINCE
                        ? List.of(
                                "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
                                "Báo " + p.name() + ", Đài Phát thanh và Truyền hình " + p.name(),
                                "Sở Thông tin và Truyền thông")
                        : List.of(
                                "Các đảng ủy, chi bộ trực thuộc",
                                "Trung tâm Văn hóa - Thể thao và Truyền thông "
                                        + organ.district().kind(),
                                "Báo cáo viên, tuyên truyền viên");
            case PEOPLES_COMMITTEE ->
                switch (organ.level()) {
                    case PROVINCE ->
                        List.of(
                                "Sở Công Thương",
                                "Sở Thông tin và Truyền thông",
                                "Sở Tài chính",
                                "Đài Phát thanh và Truyền hình " + unit,
                                "Ủy ban nhân dân các huyện, thị xã, thành phố");
                    case DISTRICT ->
                        List.of(
                                "Phòng Văn hóa và Thông tin",
                                organ.district().kind().equals("huyện") ? "Phòng Kinh tế và Hạ tầng" : "Phòng Kinh tế",
                                "Phòng Tài chính - Kế hoạch",
                                "Trung tâm Văn hóa - Thể thao và Truyền thông",
                                "Ủy ban nhân dân các xã, thị trấn");
                    default ->
                        List.of(
                                "Công chức Văn hóa - Xã hội",
                                "Đài truyền thanh " + organ.commune().kind(),
                                "Trưởng các thôn, tổ dân phố",
                                "Đề nghị Ủy ban MTTQ và các đoàn thể "
                                        + organ.commune().kind());
                };
            case DEPARTMENT -> List.of("Các phòng chuyên môn thuộc Sở", "Văn phòng Sở", "Thanh tra Sở");
            case PARTY_CELL -> List.of("Chi ủy", "Các đảng viên trong chi bộ", "Các đoàn thể");
        };
    }

    private List<String> subordinates() {
        return switch (organ.level()) {
            case CENTRAL ->
                List.of("Các bộ, ngành Trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
            case PROVINCE ->
                List.of(
                        "Các sở, ban, ngành " + (organ.province().city() ? "thành phố" : "tỉnh"),
                        "Ủy ban nhân dân các huyện, thị xã, thành phố");
            case DISTRICT ->
                organ.party()
                        ? List.of("Các đảng ủy, chi bộ trực thuộc", "Các ban xây dựng Đảng")
                        : List.of(
                                "Các phòng, ban, ngành " + organ.district().kind(), "Ủy ban nhân dân các xã, thị trấn");
            default -> List.of("Các ban, ngành, đoàn thể " + organ.commune().kind(), "Trưởng các thôn, tổ dân phố");
        };
    }

    private record Signature(List<String> lines, @Nullable String authority, String position, String signer) {}

    /** The signature block: Hướng dẫn 36-HD/VPTW ("T/M", "K/T") for the Party, Decree 30 ("TM.", "KT.") for the State. */
    private Signature signature() {
        String signer = random.nextInt(4) > 0
                ? organ.signers().getFirst()
                : organ.signers().getLast();
        List<String> lines = new ArrayList<>();
        String authority;
        String position;
        switch (organ.kind()) {
            case PARTY_COMMITTEE -> {
                authority = "T/M";
                lines.add(
                        organ.level() == IssuerLevel.COMMUNE && random.nextBoolean()
                                ? "T/M ĐẢNG ỦY"
                                : "T/M BAN THƯỜNG VỤ");
                position = random.nextInt(10) < 7 ? "PHÓ BÍ THƯ" : "BÍ THƯ";
            }
            case PARTY_CELL -> {
                authority = "T/M";
                lines.add("T/M CHI BỘ");
                position = random.nextInt(10) < 7 ? "BÍ THƯ" : "PHÓ BÍ THƯ";
            }
            case PARTY_BOARD, CENTRAL_PARTY_BOARD -> {
                if (random.nextBoolean()) {
                    authority = "K/T";
                    lines.add("K/T TRƯỞNG BAN");
                    position = "PHÓ TRƯỞNG BAN";
                } else {
                    authority = null;
                    position = "TRƯỞNG BAN";
                }
            }
            case PEOPLES_COMMITTEE -> {
                boolean collective = doc.type() != Campaign.QD && (doc.type() != Campaign.CV || random.nextBoolean());
                if (collective) {
                    lines.add("TM. ỦY BAN NHÂN DÂN");
                }
                if (random.nextInt(10) < 7) {
                    lines.add("KT. CHỦ TỊCH");
                    authority = "KT.";
                    position = "PHÓ CHỦ TỊCH";
                } else {
                    authority = collective ? "TM." : null;
                    position = "CHỦ TỊCH";
                }
            }
            case DEPARTMENT -> {
                if (random.nextBoolean()) {
                    authority = "KT.";
                    lines.add("KT. GIÁM ĐỐC");
                    position = "PHÓ GIÁM ĐỐC";
                } else {
                    authority = null;
                    position = "GIÁM ĐỐC";
                }
            }
            default -> {
                if (random.nextBoolean()) {
                    authority = "KT.";
                    lines.add("KT. BỘ TRƯỞNG");
                    position = "THỨ TRƯỞNG";
                } else {
                    authority = null;
                    position = "BỘ TRƯỞNG";
                }
            }
        }
        lines.add(position);
        lines.add(signer);
        // The labelled fixtures of issue #4 record the position as printed ("PHÓ CHỦ TỊCH").
        return new Signature(List.copyOf(lines), authority, position, signer);
    }

    private List<String> recipients() {
        List<String> lines = new ArrayList<>();
        for (Doc.Parent p : doc.parents()) {
            if (!p.doc().real() && p.doc().organ() != organ && lines.size() < 2) {
                Organ superior = p.doc().organ();
                String name = superior.covers(organ) && random.nextBoolean()
                        ? Names.pick(random, superior.localNames())
                        : superior.name();
                if (!lines.contains(name + " (b/c)")) {
                    lines.add(name + " (b/c)");
                }
            }
        }
        Geography.District district = organ.district();
        if (organ.kind() == Organ.Kind.PEOPLES_COMMITTEE
                && organ.level() == IssuerLevel.COMMUNE
                && district != null
                && lines.stream().noneMatch(l -> l.contains(district.name()))) {
            /*
             * A commune's header names no district ("ỦY BAN NHÂN DÂN / XÃ TÀ NUNG"); the ground truth
             * places it in its district, so its text must too: the People's Committee it reports to,
             * named in full, is what places it (a "UBND huyện (b/c)" alone would leave the commune, and
             * every short "của UBND huyện" it writes, to a guess).
             */
            lines.add(0, "Ủy ban nhân dân " + district.full() + " (b/c)");
        }
        if (lines.isEmpty()) {
            lines.add(
                    switch (organ.level()) {
                        case CENTRAL -> "Ban Bí thư (b/c)";
                        case PROVINCE -> "Ban Tuyên giáo Trung ương (b/c)";
                        default -> "Thường trực cấp ủy (b/c)";
                    });
        }
        lines.addAll(pick(subordinates(), 1 + random.nextInt(2)));
        lines.add(
                organ.party()
                        ? (organ.kind() == Organ.Kind.PARTY_CELL ? "Lưu chi bộ" : "Lưu Văn phòng " + shortOwnName())
                        : Names.pick(random, List.of("Lưu: VT", "Lưu: VT, VX", "Lưu VT")));
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            printed.add("- " + lines.get(i) + (i == lines.size() - 1 ? "." : organ.party() ? "," : ";"));
        }
        return printed;
    }

    private String shortOwnName() {
        return switch (organ.level()) {
            case COMMUNE -> "Đảng ủy";
            case DISTRICT, PROVINCE ->
                organ.name()
                        .replace(
                                " "
                                        + (organ.district() != null
                                                ? organ.district().name()
                                                : organ.province().name()),
                                "");
            default -> organ.name();
        };
    }

    private Layout.Block para(String text) {
        return new Layout.Block(Layout.Style.PARAGRAPH, text);
    }

    private <T> List<T> pick(List<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(n, items.size())) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
