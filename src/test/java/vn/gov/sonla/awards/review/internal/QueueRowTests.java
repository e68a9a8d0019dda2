package vn.gov.sonla.awards.review.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dossier is overdue once past its stage's deadline. */
class QueueRowTests {

    @Test
    void overdueOncePastTheDeadline() {
        assertThat(new QueueRow(null, 10, 10).overdue()).isFalse();
        assertThat(new QueueRow(null, 11, 10).overdue()).isTrue();
    }
}
