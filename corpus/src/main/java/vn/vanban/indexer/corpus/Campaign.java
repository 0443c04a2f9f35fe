package vn.vanban.indexer.corpus;

import java.time.LocalDate;
import java.util.List;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.Relation;

/**
 * A real central document and the vocabulary of the documents that implement it.
 *
 * <p>Template tokens in the sentences: {@code {ROOT}} a short citation of the root, {@code {REL}} a
 * citation of a related real document, {@code {LOC}} the issuer's locality ("trên địa bàn huyện"),
 * {@code {YEAR}} the document's year, {@code {SHORT}} the short name of the topic.
 *
 * @param root the real document (number, date, issuer and subject are real)
 * @param party whether the Party side implements it first (else the State side)
 * @param topic the topic as a noun phrase for subjects
 * @param related real documents the body may mention
 * @param weight relative share of the corpus
 */
record Campaign(
        String key,
        Doc root,
        boolean party,
        String topic,
        String shortName,
        List<String> goals,
        List<String> contents,
        List<Doc> related,
        int weight) {

    static final DocumentType CT = new DocumentType("CT", "Chỉ thị");
    static final DocumentType NQ = new DocumentType("NQ", "Nghị quyết");
    static final DocumentType KL = new DocumentType("KL", "Kết luận");
    static final DocumentType QD = new DocumentType("QĐ", "Quyết định");
    static final DocumentType KH = new DocumentType("KH", "Kế hoạch");
    static final DocumentType HD = new DocumentType("HD", "Hướng dẫn");
    static final DocumentType CTR = new DocumentType("CTr", "Chương trình");
    static final DocumentType BC = new DocumentType("BC", "Báo cáo");
    static final DocumentType CV = new DocumentType("CV", "Công văn");

    private static Doc real(
            String number, DocumentType type, String date, Organ issuer, String subject, Doc.Mention... inSubject) {
        return new Doc(
                -1,
                "real:" + number,
                issuer,
                type,
                number,
                LocalDate.parse(date),
                subject,
                List.of(inSubject),
                null,
                List.of(),
                null,
                Format.TXT,
                0);
    }

    // The real documents: numbers, dates, issuers and subjects as published.
    static final Doc CT_03 = real(
            "03-CT/TW",
            CT,
            "2021-05-19",
            Organs.BAN_BI_THU,
            "tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”"
                    + " trong tình hình mới");
    static final Doc CT_28 = real(
            "28/CT-TTg",
            CT,
            "2021-10-26",
            Organs.THU_TUONG,
            "tăng cường thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong tình hình mới");
    static final Doc KL_107 = real(
            "107-KL/TW",
            KL,
            "2015-04-10",
            Organs.BAN_BI_THU,
            "tiếp tục tăng cường sự lãnh đạo của Đảng đối với việc thực hiện Cuộc vận động “Người Việt Nam ưu tiên"
                    + " dùng hàng Việt Nam”");
    static final Doc QD_386 = real(
            "386/QĐ-TTg",
            QD,
            "2021-03-17",
            Organs.THU_TUONG,
            "phê duyệt Đề án Phát triển thị trường trong nước gắn với Cuộc vận động “Người Việt Nam ưu tiên dùng"
                    + " hàng Việt Nam” giai đoạn 2021 - 2025");
    static final Doc CT_05 = real(
            "05-CT/TW",
            CT,
            "2016-05-15",
            Organs.BO_CHINH_TRI,
            "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    static final Doc KL_01 = real(
            "01-KL/TW",
            KL,
            "2021-05-18",
            Organs.BO_CHINH_TRI,
            "tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư"
                    + " tưởng, đạo đức, phong cách Hồ Chí Minh",
            new Doc.Mention(CT_05, Relation.MENTIONS, false, true, true));
    static final Doc KL_21 = real(
            "21-KL/TW",
            KL,
            "2021-10-25",
            Organs.BCH_TRUNG_UONG,
            "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm"
                    + " cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn"
                    + " biến”, “tự chuyển hóa”");
    static final Doc NQ_35 = real(
            "35-NQ/TW",
            NQ,
            "2018-10-22",
            Organs.BO_CHINH_TRI,
            "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong"
                    + " tình hình mới");
    static final Doc NQ_21 = real(
            "21-NQ/TW",
            NQ,
            "2022-06-16",
            Organs.BCH_TRUNG_UONG,
            "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn"
                    + " mới");
    static final Doc NQ_57 = real(
            "57-NQ/TW",
            NQ,
            "2024-12-22",
            Organs.BO_CHINH_TRI,
            "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia");
    static final Doc QD_06 = real(
            "06/QĐ-TTg",
            QD,
            "2022-01-06",
            Organs.THU_TUONG,
            "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi"
                    + " số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030");

    static final List<Doc> REAL_DOCUMENTS =
            List.of(CT_03, CT_28, KL_107, QD_386, CT_05, KL_01, KL_21, NQ_35, NQ_21, NQ_57, QD_06);

    private static final String HVN_TOPIC = "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”";
    private static final List<String> HVN_GOALS = List.of(
            "Tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của cán bộ, đảng viên và Nhân dân {LOC} trong"
                    + " thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” (sau đây gọi tắt là Cuộc"
                    + " vận động).",
            "Khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường, niềm tự hào dân tộc; xây dựng văn hóa tiêu dùng"
                    + " hàng Việt Nam, ưu tiên sử dụng sản phẩm, hàng hóa sản xuất tại địa phương.",
            "Nâng cao vai trò lãnh đạo của cấp ủy, sự quản lý, điều hành của chính quyền và sự phối hợp của Mặt trận"
                    + " Tổ quốc, các đoàn thể chính trị - xã hội trong triển khai {SHORT}.",
            "Việc triển khai phải thiết thực, hiệu quả, gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương,"
                    + " tránh hình thức, lãng phí.",
            "Cán bộ, đảng viên, nhất là người đứng đầu phải gương mẫu đi đầu trong việc ưu tiên mua sắm, sử dụng"
                    + " hàng Việt Nam.");
    private static final List<String> HVN_CONTENTS = List.of(
            "Tuyên truyền sâu rộng nội dung {ROOT} và các văn bản chỉ đạo của cấp trên về {SHORT}, nhất là các"
                    + " quan điểm nêu tại {REL}.",
            "Giới thiệu, quảng bá các sản phẩm OCOP, sản phẩm chủ lực, đặc trưng {LOC}; hỗ trợ cơ sở sản xuất,"
                    + " hợp tác xã kết nối tiêu thụ sản phẩm.",
            "Vận động cán bộ, công chức, viên chức, người lao động ưu tiên mua sắm, sử dụng hàng Việt Nam, nhất là"
                    + " trong mua sắm công từ nguồn vốn ngân sách nhà nước.",
            "Phát hiện, biểu dương, nhân rộng các tập thể, cá nhân điển hình trong thực hiện {SHORT} năm {YEAR}.",
            "Đấu tranh với các hành vi sản xuất, kinh doanh hàng giả, hàng kém chất lượng, gian lận thương mại, xâm"
                    + " phạm quyền lợi người tiêu dùng.",
            "Tổ chức các phiên chợ hàng Việt về nông thôn, điểm bán hàng Việt Nam gắn với chương trình bình ổn"
                    + " thị trường.");

    private static final String HCM_TOPIC = "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
    private static final List<String> HCM_GOALS = List.of(
            "Tiếp tục nâng cao nhận thức của cán bộ, đảng viên và Nhân dân {LOC} về giá trị to lớn của tư tưởng,"
                    + " đạo đức, phong cách Hồ Chí Minh.",
            "Gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị; mỗi cán"
                    + " bộ, đảng viên đăng ký nội dung làm theo cụ thể trong năm {YEAR}.",
            "Người đứng đầu cấp ủy, chính quyền, cơ quan, đơn vị phải nêu gương, gương mẫu đi đầu.",
            "Việc học tập chuyên đề phải nghiêm túc, thiết thực, tránh hình thức, phù hợp với điều kiện của từng"
                    + " địa phương.");
    private static final List<String> HCM_CONTENTS = List.of(
            "Tổ chức học tập, quán triệt chuyên đề năm {YEAR} cho toàn thể cán bộ, đảng viên; gắn với thực hiện"
                    + " {ROOT}.",
            "Đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ hằng tháng, sinh hoạt chuyên đề"
                    + " hằng quý.",
            "Xây dựng, nhân rộng các mô hình, điển hình tiên tiến trong học tập và làm theo Bác {LOC}.",
            "Gắn việc học tập và làm theo Bác với thực hiện {REL} và công tác xây dựng, chỉnh đốn Đảng.",
            "Định kỳ sơ kết, tổng kết, biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.");

    private static final List<String> NTTT_GOALS = List.of(
            "Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, cán bộ, đảng viên {LOC} về công tác bảo vệ"
                    + " nền tảng tư tưởng của Đảng.",
            "Chủ động phòng ngừa, phát hiện, đấu tranh phản bác kịp thời các quan điểm sai trái, thù địch, thông"
                    + " tin xấu, độc trên không gian mạng.",
            "Kiện toàn và nâng cao hiệu quả hoạt động của Ban Chỉ đạo 35 và lực lượng cộng tác viên dư luận xã"
                    + " hội.");
    private static final List<String> NTTT_CONTENTS = List.of(
            "Quán triệt sâu sắc {ROOT} và các văn bản chỉ đạo của cấp trên về bảo vệ nền tảng tư tưởng của Đảng.",
            "Nắm chắc tình hình tư tưởng của cán bộ, đảng viên và Nhân dân; định hướng thông tin kịp thời trước"
                    + " các vấn đề dư luận quan tâm.",
            "Xây dựng và nhân rộng các mô hình tuyên truyền tích cực trên mạng xã hội; phát huy vai trò của đoàn"
                    + " viên, thanh niên.",
            "Gắn công tác bảo vệ nền tảng tư tưởng với thực hiện {REL}.");

    private static final List<String> TCCS_GOALS = List.of(
            "Quán triệt sâu sắc quan điểm, mục tiêu, nhiệm vụ và giải pháp nêu trong {ROOT} đến toàn thể cán bộ,"
                    + " đảng viên {LOC}.",
            "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên.",
            "Phấn đấu đến năm 2025 tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt trên 90%.");
    private static final List<String> TCCS_CONTENTS = List.of(
            "Nâng cao chất lượng sinh hoạt chi bộ, thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và"
                    + " phê bình.",
            "Đổi mới, nâng cao chất lượng công tác phát triển đảng viên, nhất là ở thôn, tổ dân phố và doanh"
                    + " nghiệp ngoài khu vực nhà nước.",
            "Rà soát, sàng lọc, kịp thời đưa những đảng viên không còn đủ tư cách ra khỏi Đảng.",
            "Gắn với thực hiện {REL}; tăng cường kiểm tra, giám sát tổ chức cơ sở đảng và đảng viên.");

    private static final List<String> KHCN_GOALS = List.of(
            "Tạo sự thống nhất cao trong nhận thức và hành động của cấp ủy, chính quyền, cán bộ, đảng viên và Nhân"
                    + " dân {LOC} về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
            "Xác định rõ nhiệm vụ, giải pháp, lộ trình và trách nhiệm của từng cơ quan, đơn vị trong triển khai"
                    + " {ROOT}.");
    private static final List<String> KHCN_CONTENTS = List.of(
            "Hoàn thiện hạ tầng số, bảo đảm kết nối internet băng rộng đến các thôn, tổ dân phố.",
            "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình; nâng cao tỷ lệ hồ sơ giải quyết trực tuyến.",
            "Phổ cập kỹ năng số cho người dân thông qua các tổ công nghệ số cộng đồng.",
            "Gắn với thực hiện {REL}, khai thác hiệu quả dữ liệu dân cư phục vụ quản lý nhà nước.",
            "Bố trí nguồn lực, ưu tiên ngân sách cho khoa học, công nghệ và chuyển đổi số năm {YEAR}.");

    private static final List<String> DA06_GOALS = List.of(
            "Triển khai đồng bộ, hiệu quả {SHORT} {LOC}, phục vụ chuyển đổi số và cải cách hành chính.",
            "Phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm trong thực hiện các nhiệm vụ của {ROOT}.");
    private static final List<String> DA06_CONTENTS = List.of(
            "Làm sạch dữ liệu dân cư, bảo đảm thông tin “đúng, đủ, sạch, sống”.",
            "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID.",
            "Đẩy mạnh thanh toán không dùng tiền mặt trong chi trả an sinh xã hội.",
            "Tích hợp, chia sẻ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành để giải quyết thủ tục hành chính.");

    static final List<Campaign> ALL = List.of(
            new Campaign(
                    "03-CT/TW",
                    CT_03,
                    true,
                    HVN_TOPIC,
                    "Cuộc vận động",
                    HVN_GOALS,
                    HVN_CONTENTS,
                    List.of(KL_107, CT_28, QD_386),
                    32),
            new Campaign(
                    "28/CT-TTg",
                    CT_28,
                    false,
                    HVN_TOPIC,
                    "Cuộc vận động",
                    HVN_GOALS,
                    HVN_CONTENTS,
                    List.of(CT_03, QD_386, KL_107),
                    14),
            new Campaign(
                    "05-CT/TW",
                    CT_05,
                    true,
                    HCM_TOPIC,
                    "việc học tập và làm theo Bác",
                    HCM_GOALS,
                    HCM_CONTENTS,
                    List.of(KL_01, KL_21),
                    12),
            new Campaign(
                    "01-KL/TW",
                    KL_01,
                    true,
                    HCM_TOPIC,
                    "việc học tập và làm theo Bác",
                    HCM_GOALS,
                    HCM_CONTENTS,
                    List.of(CT_05, KL_21),
                    8),
            new Campaign(
                    "35-NQ/TW",
                    NQ_35,
                    true,
                    "công tác bảo vệ nền tảng tư tưởng của Đảng",
                    "công tác bảo vệ nền tảng tư tưởng của Đảng",
                    NTTT_GOALS,
                    NTTT_CONTENTS,
                    List.of(KL_21),
                    10),
            new Campaign(
                    "21-NQ/TW",
                    NQ_21,
                    true,
                    "công tác củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
                    "công tác xây dựng tổ chức cơ sở đảng",
                    TCCS_GOALS,
                    TCCS_CONTENTS,
                    List.of(KL_21),
                    10),
            new Campaign(
                    "57-NQ/TW",
                    NQ_57,
                    true,
                    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                    "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                    KHCN_GOALS,
                    KHCN_CONTENTS,
                    List.of(QD_06),
                    7),
            new Campaign(
                    "06/QĐ-TTg",
                    QD_06,
                    false,
                    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)",
                    "Đề án 06",
                    DA06_GOALS,
                    DA06_CONTENTS,
                    List.of(),
                    7));
}
