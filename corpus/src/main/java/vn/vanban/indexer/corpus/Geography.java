package vn.vanban.indexer.corpus;

import java.util.List;

/**
 * Real provinces, districts and communes as they were before the 2025 reorganisation (the generated
 * documents are dated before 1 July 2025, when the district level still existed). Only units whose
 * names and nesting are well known are listed; the list is a sample, not a gazetteer.
 */
final class Geography {

    /** A commune-level unit: {@code xã}, {@code phường} or {@code thị trấn}. */
    record Commune(String kind, String name) {

        /** "xã Tà Nung"; a numbered ward's name carries its kind already ("Phường 1", not "phường Phường 1"). */
        String full() {
            return name.toLowerCase(java.util.Locale.ROOT).startsWith(kind + " ") ? name : kind + " " + name;
        }
    }

    /**
     * A district-level unit: {@code huyện}, {@code thị xã}, {@code thành phố} (thuộc tỉnh) or
     * {@code quận}.
     */
    record District(String kind, String name, List<Commune> communes) {

        String full() {
            return kind + " " + name;
        }
    }

    /** A province, or a centrally-run city ({@code city = true}: Thành ủy, Quận ủy). */
    record Province(String name, boolean city, List<District> districts) {

        String full() {
            return (city ? "thành phố " : "tỉnh ") + name;
        }
    }

    private Geography() {}

    private static Commune xa(String name) {
        return new Commune("xã", name);
    }

    private static Commune phuong(String name) {
        return new Commune("phường", name);
    }

    private static Commune tt(String name) {
        return new Commune("thị trấn", name);
    }

    private static District huyen(String name, Commune... communes) {
        return new District("huyện", name, List.of(communes));
    }

    private static District tp(String name, Commune... communes) {
        return new District("thành phố", name, List.of(communes));
    }

    private static District tx(String name, Commune... communes) {
        return new District("thị xã", name, List.of(communes));
    }

    private static District quan(String name, Commune... communes) {
        return new District("quận", name, List.of(communes));
    }

    static final List<Province> PROVINCES = List.of(
            new Province(
                    "Quảng Ninh",
                    false,
                    List.of(
                            tp(
                                    "Cẩm Phả",
                                    phuong("Cẩm Trung"),
                                    phuong("Cẩm Thành"),
                                    phuong("Cẩm Sơn"),
                                    phuong("Cẩm Đông"),
                                    phuong("Quang Hanh"),
                                    phuong("Mông Dương"),
                                    phuong("Cửa Ông"),
                                    xa("Dương Huy"),
                                    xa("Cộng Hòa")),
                            tp(
                                    "Uông Bí",
                                    phuong("Vàng Danh"),
                                    phuong("Bắc Sơn"),
                                    phuong("Quang Trung"),
                                    xa("Thượng Yên Công")),
                            tp("Hạ Long", phuong("Bãi Cháy"), phuong("Hồng Gai"), phuong("Hà Khánh"), phuong("Hà Tu")),
                            huyen("Tiên Yên", tt("Tiên Yên"), xa("Đông Ngũ"), xa("Hải Lạng")),
                            huyen("Vân Đồn", tt("Cái Rồng"), xa("Quan Lạn"), xa("Minh Châu"), xa("Đông Xá")),
                            huyen("Ba Chẽ", tt("Ba Chẽ"), xa("Thanh Lâm"), xa("Đạp Thanh")))),
            new Province(
                    "An Giang",
                    false,
                    List.of(
                            tp(
                                    "Long Xuyên",
                                    phuong("Mỹ Bình"),
                                    phuong("Mỹ Long"),
                                    phuong("Mỹ Xuyên"),
                                    xa("Mỹ Hòa Hưng")),
                            tp("Châu Đốc", phuong("Châu Phú A"), phuong("Núi Sam"), xa("Vĩnh Tế"), xa("Vĩnh Châu")),
                            huyen("Chợ Mới", tt("Chợ Mới"), tt("Mỹ Luông"), xa("Kiến An"), xa("Long Điền A")),
                            huyen("Thoại Sơn", tt("Núi Sập"), tt("Óc Eo"), xa("Vọng Thê"), xa("Vĩnh Trạch")),
                            huyen("Châu Thành", tt("An Châu"), xa("Bình Hòa"), xa("Cần Đăng"), xa("Vĩnh Hanh")),
                            tx("Tân Châu", phuong("Long Thạnh"), phuong("Long Hưng"), xa("Vĩnh Xương")))),
            new Province(
                    "Nghệ An",
                    false,
                    List.of(
                            huyen("Nam Đàn", tt("Nam Đàn"), xa("Kim Liên"), xa("Hùng Tiến"), xa("Nam Giang")),
                            huyen("Diễn Châu", tt("Diễn Châu"), xa("Diễn Kỷ"), xa("Diễn Hoàng"), xa("Diễn Thịnh")),
                            tp("Vinh", phuong("Hưng Bình"), phuong("Lê Lợi"), phuong("Trường Thi"), xa("Nghi Phú")),
                            tx("Cửa Lò", phuong("Nghi Thủy"), phuong("Nghi Tân"), phuong("Thu Thủy")),
                            huyen("Đô Lương", tt("Đô Lương"), xa("Đà Sơn"), xa("Lạc Sơn")),
                            huyen("Quỳnh Lưu", xa("Quỳnh Đôi"), xa("Quỳnh Thạch"), xa("Quỳnh Hậu")))),
            new Province(
                    "Thanh Hóa",
                    false,
                    List.of(
                            tp("Sầm Sơn", phuong("Trường Sơn"), phuong("Bắc Sơn"), phuong("Quảng Tiến")),
                            huyen("Hoằng Hóa", tt("Bút Sơn"), xa("Hoằng Lộc"), xa("Hoằng Đạt")),
                            huyen("Thọ Xuân", tt("Thọ Xuân"), tt("Lam Sơn"), xa("Xuân Lam")),
                            huyen("Nga Sơn", tt("Nga Sơn"), xa("Nga Thủy"), xa("Nga Thiện")),
                            huyen("Quảng Xương", tt("Tân Phong"), xa("Quảng Nham"), xa("Quảng Thạch")))),
            new Province(
                    "Thái Bình",
                    false,
                    List.of(
                            huyen("Vũ Thư", tt("Vũ Thư"), xa("Song Lãng"), xa("Minh Lãng")),
                            huyen("Kiến Xương", tt("Kiến Xương"), xa("Vũ Quý"), xa("Bình Thanh")),
                            huyen("Đông Hưng", tt("Đông Hưng"), xa("Đông Á"), xa("Đông La")),
                            huyen("Thái Thụy", tt("Diêm Điền"), xa("Thụy Hải"), xa("Thụy Trường")))),
            new Province(
                    "Nam Định",
                    false,
                    List.of(
                            huyen("Hải Hậu", tt("Yên Định"), tt("Thịnh Long"), xa("Hải Đông")),
                            huyen("Giao Thủy", tt("Ngô Đồng"), tt("Quất Lâm"), xa("Giao Thiện")),
                            huyen("Xuân Trường", tt("Xuân Trường"), xa("Xuân Ngọc"), xa("Xuân Hồng")),
                            huyen("Nghĩa Hưng", tt("Liễu Đề"), tt("Rạng Đông"), xa("Nghĩa Lạc")))),
            new Province(
                    "Bắc Ninh",
                    false,
                    List.of(
                            tp("Từ Sơn", phuong("Đồng Kỵ"), phuong("Đình Bảng"), phuong("Châu Khê")),
                            huyen("Tiên Du", tt("Lim"), xa("Phật Tích"), xa("Nội Duệ")),
                            huyen("Gia Bình", tt("Gia Bình"), xa("Đông Cứu"), xa("Lãng Ngâm")),
                            huyen("Lương Tài", tt("Thứa"), xa("Trung Kênh"), xa("Lâm Thao")))),
            new Province(
                    "Hà Tĩnh",
                    false,
                    List.of(
                            huyen("Can Lộc", tt("Nghèn"), xa("Thiên Lộc"), xa("Tùng Lộc")),
                            huyen("Nghi Xuân", tt("Xuân An"), tt("Tiên Điền"), xa("Xuân Hội")),
                            tx("Hồng Lĩnh", phuong("Bắc Hồng"), phuong("Nam Hồng"), phuong("Đức Thuận")),
                            huyen("Hương Sơn", tt("Phố Châu"), tt("Tây Sơn"), xa("Sơn Kim 1")))),
            new Province(
                    "Đồng Tháp",
                    false,
                    List.of(
                            tp("Sa Đéc", phuong("An Hòa"), phuong("Tân Quy Đông"), xa("Tân Khánh Đông")),
                            huyen("Lai Vung", tt("Lai Vung"), xa("Long Hậu"), xa("Tân Thành")),
                            huyen("Tháp Mười", tt("Mỹ An"), xa("Mỹ Hòa"), xa("Trường Xuân")),
                            huyen("Lấp Vò", tt("Lấp Vò"), xa("Bình Thạnh Trung"), xa("Mỹ An Hưng A")))),
            new Province(
                    "Lâm Đồng",
                    false,
                    List.of(
                            tp("Đà Lạt", phuong("Phường 1"), phuong("Phường 3"), xa("Tà Nung"), xa("Xuân Thọ")),
                            tp("Bảo Lộc", phuong("Lộc Phát"), phuong("Lộc Tiến"), phuong("B'Lao"), xa("Đạm Bri")),
                            huyen("Đức Trọng", tt("Liên Nghĩa"), xa("Hiệp Thạnh"), xa("Phú Hội")),
                            huyen("Di Linh", tt("Di Linh"), xa("Gia Hiệp"), xa("Tân Châu")))),
            new Province(
                    "Phú Thọ",
                    false,
                    List.of(
                            tp("Việt Trì", phuong("Gia Cẩm"), phuong("Tiên Cát"), xa("Hy Cương")),
                            huyen("Lâm Thao", tt("Lâm Thao"), tt("Hùng Sơn"), xa("Xuân Lũng")),
                            huyen("Thanh Sơn", tt("Thanh Sơn"), xa("Tất Thắng"), xa("Cự Thắng")),
                            tx("Phú Thọ", phuong("Hùng Vương"), phuong("Phong Châu"), xa("Hà Lộc")))),
            new Province(
                    "Cần Thơ",
                    true,
                    List.of(
                            quan(
                                    "Ninh Kiều",
                                    phuong("An Hòa"),
                                    phuong("An Cư"),
                                    phuong("Xuân Khánh"),
                                    phuong("Hưng Lợi")),
                            quan("Cái Răng", phuong("Lê Bình"), phuong("Hưng Phú"), phuong("Ba Láng")),
                            quan("Bình Thủy", phuong("An Thới"), phuong("Bùi Hữu Nghĩa"), phuong("Long Hòa")),
                            huyen("Phong Điền", tt("Phong Điền"), xa("Mỹ Khánh"), xa("Nhơn Ái")),
                            huyen("Thới Lai", tt("Thới Lai"), xa("Trường Xuân"), xa("Định Môn")))),
            new Province(
                    "Đà Nẵng",
                    true,
                    List.of(
                            quan("Hải Châu", phuong("Thạch Thang"), phuong("Phước Ninh"), phuong("Hòa Thuận Đông")),
                            quan("Sơn Trà", phuong("An Hải Bắc"), phuong("Mân Thái"), phuong("Thọ Quang")),
                            quan("Thanh Khê", phuong("Chính Gián"), phuong("Thạc Gián"), phuong("Xuân Hà")),
                            huyen("Hòa Vang", xa("Hòa Bắc"), xa("Hòa Ninh"), xa("Hòa Phong"), xa("Hòa Tiến")))),
            new Province(
                    "Hà Nội",
                    true,
                    List.of(
                            quan(
                                    "Ba Đình",
                                    phuong("Điện Biên"),
                                    phuong("Kim Mã"),
                                    phuong("Liễu Giai"),
                                    phuong("Quán Thánh")),
                            quan("Hoàn Kiếm", phuong("Hàng Bạc"), phuong("Hàng Trống"), phuong("Tràng Tiền")),
                            huyen("Gia Lâm", tt("Trâu Quỳ"), xa("Bát Tràng"), xa("Kim Lan")),
                            huyen("Ba Vì", tt("Tây Đằng"), xa("Ba Trại"), xa("Tản Lĩnh")),
                            tx("Sơn Tây", phuong("Quang Trung"), phuong("Trung Hưng"), xa("Đường Lâm")))));
}
