package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpServiceTest {

    private static final LocalDate DUE = LocalDate.of(2021, 8, 15);
    private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);

    private static FollowUpService.Candidate doc(LocalDate date) {
        return new FollowUpService.Candidate(
                "12-KH/HU~huyen-uy-van-don~2021", "KH", "huyen-uy-van-don", "Huyện ủy Vân Đồn", "DISTRICT", date);
    }

    @Test
    void a_plan_dated_on_the_due_date_is_on_time_one_day_after_is_late_by_one_day() {
        assertThat(FollowUpService.status("Huyện ủy Vân Đồn", "DISTRICT", doc(DUE), DUE, TODAY)
                        .status())
                .isEqualTo(FollowUp.Status.ON_TIME);
        FollowUp.UnitStatus late =
                FollowUpService.status("Huyện ủy Vân Đồn", "DISTRICT", doc(DUE.plusDays(1)), DUE, TODAY);
        assertThat(late.status()).isEqualTo(FollowUp.Status.LATE);
        assertThat(late.daysLate()).isEqualTo(1);
        assertThat(late.document()).isEqualTo("12-KH/HU~huyen-uy-van-don~2021");
    }

    @Test
    void no_plan_is_missing_after_the_due_date_and_not_due_before_it() {
        assertThat(FollowUpService.status("Huyện ủy Vân Đồn", "DISTRICT", null, DUE, TODAY)
                        .status())
                .isEqualTo(FollowUp.Status.MISSING);
        assertThat(FollowUpService.status("Huyện ủy Vân Đồn", "DISTRICT", null, DUE, DUE.minusDays(1))
                        .status())
                .isEqualTo(FollowUp.Status.NOT_DUE);
        // On the due day itself the plan may still come.
        assertThat(FollowUpService.status("Huyện ủy Vân Đồn", "DISTRICT", null, DUE, DUE)
                        .status())
                .isEqualTo(FollowUp.Status.MISSING);
    }
}
