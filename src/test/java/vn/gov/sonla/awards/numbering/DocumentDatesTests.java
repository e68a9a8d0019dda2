package vn.gov.sonla.awards.numbering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.common.SettingRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The days an official record may bear: from its campaign's start (or the floor) to today, plus the margin. */
class DocumentDatesTests {

    /** 23:30 on 31/12/2025 in Sơn La: "today" is the province's day, whatever the server's zone. */
    private static final Clock LATE_EVENING = Clock.fixed(
            ZonedDateTime.of(2025, 12, 31, 23, 30, 0, 0, ProvinceTime.ZONE).toInstant(), ProvinceTime.ZONE);
    private static final LocalDate FLOOR = LocalDate.of(2021, 1, 1);

    @Test
    void fromTheCampaignsStartToTodayInTheProvince() {
        DocumentDates.Range range = new DocumentDates(LATE_EVENING, FLOOR, 0).range(LocalDate.of(2021, 9, 16));
        assertThat(range.from()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(range.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(range.contains(LocalDate.of(2021, 9, 16))).isTrue();
        assertThat(range.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(range.contains(LocalDate.of(2021, 9, 15))).isFalse();
        assertThat(range.contains(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void neverBeforeTheFloorAndTheMarginAddsDaysAhead() {
        DocumentDates dates = new DocumentDates(LATE_EVENING, FLOOR, 2);
        assertThat(dates.range(LocalDate.of(1999, 1, 1)).from()).isEqualTo(FLOOR);
        assertThat(dates.range(null).from()).isEqualTo(FLOOR);
        assertThat(dates.range(null).to()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThatThrownBy(() -> new DocumentDates(LATE_EVENING, FLOOR, -1)).isInstanceOf(SettingRefused.class)
                .hasMessageContaining("AWARDS_DOCUMENTS_DAYS_AHEAD");
    }

    @Test
    void aCorrectionIsNotDatedBeforeWhatItCorrects() {
        DocumentDates.Range range = new DocumentDates(LATE_EVENING, FLOOR, 0).range(LocalDate.of(2021, 9, 16))
                .notBefore(LocalDate.of(2021, 12, 3));
        assertThat(range.from()).isEqualTo(LocalDate.of(2021, 12, 3));
        assertThat(range.notBefore(LocalDate.of(2021, 1, 1)).from()).isEqualTo(LocalDate.of(2021, 12, 3));
    }

    @Test
    void aDateOutsideIsRejectedOnItsFieldOrRefusedWithTheRange() {
        DocumentDates.Range range = new DocumentDates(LATE_EVENING, FLOOR, 0).range(LocalDate.of(2021, 9, 16));
        Errors errors = new BeanPropertyBindingResult(new Typed(LocalDate.of(2999, 12, 31)), "form");
        assertThat(range.reject(errors, "issuedOn", LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(errors.getFieldError("issuedOn").getCode()).isEqualTo("error.documentDate.range");
        assertThat(errors.getFieldError("issuedOn").getArguments()).containsExactly("16/09/2021", "31/12/2025");
        assertThat(range.reject(errors, "issuedOn", null)).as("a missing date has its own message").isFalse();

        assertThatThrownBy(() -> range.require(LocalDate.of(1999, 1, 1))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).arguments()).containsExactly("16/09/2021", "31/12/2025"));
        assertThatThrownBy(() -> range.require(null)).isInstanceOf(ConflictException.class);
        range.require(LocalDate.of(2021, 12, 3));
    }

    record Typed(LocalDate issuedOn) {
    }
}
