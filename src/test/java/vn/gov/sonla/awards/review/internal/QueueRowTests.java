package vn.gov.sonla.awards.review.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.gov.sonla.awards.dossier.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting time counts working days only; a dossier is overdue once past its stage's deadline. */
class QueueRowTests {

    @Test
    void workingDaysSkipWeekends() {
        LocalDate friday = LocalDate.of(2021, 10, 1);
        assertThat(WorkingDays.between(friday, friday)).isZero();
        assertThat(WorkingDays.between(friday, friday.plusDays(1))).isZero();          // Saturday
        assertThat(WorkingDays.between(friday, friday.plusDays(3))).isEqualTo(1);      // Monday
        assertThat(WorkingDays.between(friday, friday.plusDays(14))).isEqualTo(10);    // two weeks later
        assertThat(WorkingDays.between(friday, friday.plusDays(17))).isEqualTo(11);
        assertThat(WorkingDays.between(friday.plusDays(3), friday)).isZero();
    }

    @Test
    void overdueOncePastTheDeadline() {
        assertThat(new QueueRow(null, 10, 10).overdue()).isFalse();
        assertThat(new QueueRow(null, 11, 10).overdue()).isTrue();
    }
}
