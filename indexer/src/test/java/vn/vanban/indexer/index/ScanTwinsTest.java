package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanTwinsTest {

    private static final String TEXT = "TỈNH ỦY QUẢNG NINH\nSố 120-KH/TU\nKẾ HOẠCH thực hiện Chỉ thị số 03-CT/TW"
            + " của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động Người Việt Nam ưu tiên"
            + " dùng hàng Việt Nam trong tình hình mới. Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại"
            + " chúng; cán bộ, đảng viên gương mẫu ưu tiên dùng hàng Việt Nam.";

    @Test
    void a_scan_whose_header_and_a_few_words_are_misread_is_the_same_text() {
        String scan = TEXT.replace("QUẢNG NINH", "LÝ").replace("tuyên truyền", "tuyên truyển");
        assertThat(ScanTwins.similar(TEXT, scan)).isTrue();
    }

    @Test
    void another_plan_of_the_same_number_is_not_the_same_text() {
        String other = "HUYỆN ỦY BA CHẼ\nSố 120-KH/TU\nKẾ HOẠCH tổ chức Đại hội Đoàn thanh niên cơ sở nhiệm kỳ"
                + " 2022 - 2027; chuẩn bị nhân sự, văn kiện và công tác hậu cần cho Đại hội.";
        assertThat(ScanTwins.similar(TEXT, other)).isFalse();
    }
}
