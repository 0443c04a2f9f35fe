package vn.vanban.indexer.corpus;

import java.util.List;
import java.util.SplittableRandom;

/** Realistic Vietnamese personal names: family name, middle name, given name. */
final class Names {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Cao", "Tạ", "Hà",
            "Đoàn");
    private static final List<String> MIDDLE_MALE = List.of(
            "Văn", "Văn", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quang", "Xuân", "Thành", "Công", "Hoàng", "Mạnh",
            "Quốc", "Trọng", "Tiến");
    private static final List<String> MIDDLE_FEMALE =
            List.of("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng");
    private static final List<String> GIVEN_MALE = List.of(
            "Hùng", "Dũng", "Hiền", "Chiến", "Tuấn", "Nam", "Bình", "Sơn", "Hải", "Long", "Quân", "Trung", "Thắng",
            "Tâm", "Cường", "Khánh", "Phúc", "Thịnh", "Lâm", "Toàn", "Vinh", "Định", "Hưng", "Kiên", "Thuận", "Lợi",
            "Nghĩa", "Đạt");
    private static final List<String> GIVEN_FEMALE = List.of(
            "Lan", "Hoa", "Phương", "Thảo", "Hương", "Hà", "Linh", "Nga", "Hằng", "Huyền", "Trang", "Yến", "Loan",
            "Nhung", "Thủy", "Vân");

    private Names() {}

    static String person(SplittableRandom random) {
        boolean female = random.nextInt(4) == 0;
        return pick(random, FAMILY) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
