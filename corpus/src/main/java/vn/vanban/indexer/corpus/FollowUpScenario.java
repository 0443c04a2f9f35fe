package vn.vanban.indexer.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.gazetteer.Unit;
import vn.vanban.indexer.index.DocumentKey;

/**
 * A province plan whose "TỔ CHỨC THỰC HIỆN" section gives every district Party committee a due date,
 * and the districts' own plans: some on time, some late, some never written; some districts also
 * report. The truth is written beside the files ({@value #TRUTH}).
 *
 * <p>The districts are those of the gazetteer (the follow-up resolves "các huyện ủy, thị ủy, thành
 * ủy" through it), not the sample of {@link Geography}.
 */
public final class FollowUpScenario {

    public static final String TRUTH = "followup-truth.json";

    public enum Status {
        ON_TIME,
        LATE,
        MISSING
    }

    /**
     * What a district did.
     *
     * @param plan its plan's status against the plan's due date, with {@code daysLate} for LATE
     * @param report its report's status against the report's due date (MISSING: none written)
     */
    public record UnitTruth(
            String organ,
            String district,
            Status plan,
            @Nullable Integer daysLate,
            @Nullable String planFile,
            @Nullable LocalDate planDate,
            Status report,
            @Nullable Integer reportDaysLate,
            @Nullable String reportFile) {}

    /**
     * @param due the day the district plans are due
     * @param reportDue the day the district reports are due
     */
    public record Truth(
            String planFile,
            String planNumber,
            String planIssuer,
            LocalDate planDate,
            LocalDate due,
            LocalDate reportDue,
            String province,
            List<UnitTruth> units) {

        public Truth {
            units = List.copyOf(units);
        }

        /** The document key the plan is indexed under (number + issuer + year). */
        public String planKey() {
            return DocumentKey.of(planNumber, planIssuer, planDate)
                    .orElseThrow()
                    .value();
        }
    }

    private static final String DIRECTIVE = "Chỉ thị số 03-CT/TW, ngày 19/5/2021 của Ban Bí thư về tăng cường sự"
            + " lãnh đạo của Đảng đối với Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" trong tình hình mới";

    /** Ways plans write the district committees and the due date (the phrasings of the seeds). */
    private static final List<String> CLASSES = List.of(
            "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc %s",
            "Các huyện ủy, thị ủy, thành ủy trực thuộc %s", "Các huyện, thị, thành ủy trực thuộc %s");

    private static final List<String> DUES =
            List.of("hoàn thành trước ngày %s", "xong trước ngày %s", "chậm nhất ngày %s");

    private FollowUpScenario() {}

    /**
     * Writes the plan of {@code province}'s Party committee and its districts' documents as TXT into
     * {@code dir}, and the truth as {@value #TRUTH}.
     *
     * @param province a province of the gazetteer with at least three districts
     */
    public static Truth write(Path dir, String province, long seed) throws IOException {
        Files.createDirectories(dir);
        Gazetteer gazetteer = Gazetteer.standard();
        List<Unit> units = gazetteer.districtsOf(province);
        if (units.size() < 3) {
            throw new IllegalArgumentException("a province with at least three districts is needed: " + province);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Organs organs = new Organs(random.split());
        List<Geography.District> districts = new ArrayList<>();
        for (Unit u : units) {
            districts.add(new Geography.District(u.kind(), u.name(), List.of()));
        }
        boolean city = gazetteer.isProvinceLevelCity(province);
        Geography.Province p = new Geography.Province(province, city, districts);
        Organ committee = organs.provinceCommittee(p);
        String word = city ? "Thành ủy" : "Tỉnh ủy";

        LocalDate planDate = LocalDate.of(2021, 6, 21).plusDays(random.nextInt(60));
        LocalDate due = planDate.plusDays(30 + random.nextInt(16));
        LocalDate reportDue = due.plusDays(120);
        String planNumber = (20 + random.nextInt(180)) + "-KH/TU";
        String planFile = "plan-" + planNumber.replace('/', '-') + ".txt";
        String body = """
                I. MỤC ĐÍCH, YÊU CẦU

                1. Quán triệt sâu sắc nội dung %1$s.

                II. NỘI DUNG

                1. Tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân về Cuộc vận động.

                III. TỔ CHỨC THỰC HIỆN

                1. %2$s xây dựng kế hoạch thực hiện, %3$s.

                2. Ban Tuyên giáo %4$s chủ trì, phối hợp với Văn phòng %4$s theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; định kỳ 6 tháng báo cáo Ban Thường vụ %4$s.

                3. Các huyện ủy, thị ủy, thành ủy báo cáo kết quả thực hiện về Ban Thường vụ %4$s (qua Ban Tuyên giáo) trước ngày %5$s.
                """.formatted(
                        DIRECTIVE,
                        CLASSES.get(random.nextInt(CLASSES.size())).formatted(word),
                        DUES.get(random.nextInt(DUES.size())).formatted(slashed(due)),
                        word,
                        slashed(reportDue));
        String opening = "Thực hiện " + DIRECTIVE + ", Ban Thường vụ " + word + " ban hành Kế hoạch thực hiện như sau:";
        write(
                dir.resolve(planFile),
                committee,
                planNumber,
                planDate,
                "KẾ HOẠCH",
                "thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư",
                opening + "\n\n" + body,
                List.of(
                        "Ban Tuyên giáo Trung ương (b/c)",
                        "Các huyện ủy, thị ủy, thành ủy trực thuộc",
                        "Lưu Văn phòng"),
                random.nextLong());

        // Every status at least once, the rest at random.
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            statuses.add(i < 3 ? Status.values()[i] : Status.values()[random.nextInt(3)]);
        }
        Collections.shuffle(statuses, new java.util.Random(random.nextLong()));
        List<UnitTruth> truth = new ArrayList<>();
        String parentCitation = "Kế hoạch số " + planNumber + ", ngày " + slashed(planDate) + " của Ban Thường vụ "
                + word + " " + province;
        for (int i = 0; i < districts.size(); i++) {
            Geography.District d = districts.get(i);
            Organ organ = organs.districtCommittee(p, d);
            Status status = statuses.get(i);
            if (status == Status.MISSING) {
                truth.add(new UnitTruth(organ.name(), d.name(), status, null, null, null, Status.MISSING, null, null));
                continue;
            }
            long window = ChronoUnit.DAYS.between(planDate, due);
            LocalDate date = status == Status.ON_TIME
                    ? planDate.plusDays(1 + random.nextInt((int) window))
                    : due.plusDays(1 + random.nextInt(40));
            String number = (1 + random.nextInt(120)) + "-KH/" + organ.suffix();
            String file = "district-" + i + "-" + number.replace('/', '-') + ".txt";
            String selfName =
                    "Ban Thường vụ " + organ.name().substring(0, organ.name().indexOf(" ủy") + 3);
            write(
                    dir.resolve(file),
                    organ,
                    number,
                    date,
                    "KẾ HOẠCH",
                    "thực hiện Kế hoạch số " + planNumber + " của " + word + " " + province,
                    "Thực hiện " + parentCitation + " về thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư, " + selfName
                            + " xây dựng kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Quán triệt nội dung Kế hoạch"
                            + " của " + word
                            + " đến cán bộ, đảng viên.\n\nII. TỔ CHỨC THỰC HIỆN\n\n- Các chi bộ, đảng bộ cơ sở"
                            + " trực thuộc tổ chức thực hiện Kế hoạch này.",
                    List.of("Ban Thường vụ " + word + " (b/c)", "Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng"),
                    random.nextLong());
            Integer late = status == Status.LATE ? (int) ChronoUnit.DAYS.between(due, date) : null;
            // Half of the districts that planned also report, on time or late.
            Status report = Status.MISSING;
            Integer reportLate = null;
            String reportFile = null;
            if (random.nextBoolean()) {
                report = random.nextBoolean() ? Status.ON_TIME : Status.LATE;
                LocalDate reportDate = report == Status.ON_TIME
                        ? reportDue.minusDays(random.nextInt(20))
                        : reportDue.plusDays(1 + random.nextInt(30));
                reportLate = report == Status.LATE ? (int) ChronoUnit.DAYS.between(reportDue, reportDate) : null;
                String reportNumber = (121 + random.nextInt(100)) + "-BC/" + organ.suffix();
                reportFile = "report-" + i + "-" + reportNumber.replace('/', '-') + ".txt";
                write(
                        dir.resolve(reportFile),
                        organ,
                        reportNumber,
                        reportDate,
                        "BÁO CÁO",
                        "kết quả thực hiện Kế hoạch số " + planNumber + " của " + word + " " + province,
                        "Thực hiện " + parentCitation + ", " + selfName + " báo cáo kết quả thực hiện như sau:\n\n"
                                + "I. KẾT QUẢ THỰC HIỆN\n\n1. Đã tổ chức quán triệt đến 100% chi bộ, đảng bộ cơ sở.",
                        List.of("Ban Thường vụ " + word + " (b/c)", "Lưu Văn phòng"),
                        random.nextLong());
            }
            truth.add(new UnitTruth(organ.name(), d.name(), status, late, file, date, report, reportLate, reportFile));
        }
        Truth result = new Truth(planFile, planNumber, committee.name(), planDate, due, reportDue, province, truth);
        new ObjectMapper()
                .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
                .writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(TRUTH).toFile(), result);
        return result;
    }

    private static void write(
            Path file,
            Organ organ,
            String number,
            LocalDate date,
            String title,
            String subject,
            String body,
            List<String> recipients,
            long seed)
            throws IOException {
        List<String> left = new ArrayList<>(organ.header());
        left.add("*");
        List<Layout.Block> blocks = new ArrayList<>();
        for (String paragraph : body.split("\n\n")) {
            blocks.add(new Layout.Block(Layout.Style.PARAGRAPH, paragraph.strip()));
        }
        Layout layout = new Layout(
                left,
                "Số " + number,
                null,
                List.of("ĐẢNG CỘNG SẢN VIỆT NAM"),
                organ.place() + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                        + date.getMonthValue() + " năm " + date.getYear(),
                title,
                subject,
                blocks,
                List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ", organ.signers().getFirst()),
                recipients.stream().map(r -> "- " + r).toList());
        Files.writeString(file, TxtWriter.write(layout, seed));
    }

    private static String slashed(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}
