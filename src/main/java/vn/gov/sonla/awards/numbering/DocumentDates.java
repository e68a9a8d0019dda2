package vn.gov.sonla.awards.numbering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.SettingRefused;

/**
 * The days an official record may bear (a decision, its correction, the central level's decision, a Giấy khen):
 * not before its campaign started, nor before {@code awards.documents.earliest}; not after today in the province,
 * plus {@code awards.documents.days-ahead}. A record's number is taken only once its date is within them.
 */
@Component
public class DocumentDates {

    static final String MESSAGE = "error.documentDate.range";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;
    private final LocalDate earliest;
    private final int daysAhead;

    DocumentDates(Clock clock, @Value("${awards.documents.earliest:2021-01-01}") LocalDate earliest,
                  @Value("${awards.documents.days-ahead:0}") int daysAhead) {
        if (daysAhead < 0) {
            throw new SettingRefused("awards.documents.days-ahead (AWARDS_DOCUMENTS_DAYS_AHEAD) must not be negative, "
                    + "not " + daysAhead, "Set it to how many days after today an official record may be dated (0 "
                    + "unless set).");
        }
        this.clock = clock;
        this.earliest = earliest;
        this.daysAhead = daysAhead;
    }

    /** The days allowed for a record of a campaign that started on {@code campaignStart} (null: unknown). */
    public Range range(LocalDate campaignStart) {
        LocalDate from = campaignStart != null && campaignStart.isAfter(earliest) ? campaignStart : earliest;
        return new Range(from, LocalDate.now(clock).plusDays(daysAhead));
    }

    /** The days from which a record may be dated. */
    public record Range(LocalDate from, LocalDate to) {

        /** The same range, not before {@code day} (a correction is not dated before the decision it corrects). */
        public Range notBefore(LocalDate day) {
            return day != null && day.isAfter(from) ? new Range(day, to) : this;
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        /** Puts the reason next to the form's field when the date typed is outside; a missing date is left alone. */
        public boolean reject(Errors errors, String field, LocalDate date) {
            if (date == null || contains(date)) {
                return false;
            }
            errors.rejectValue(field, MESSAGE, arguments(), MESSAGE);
            return true;
        }

        /** Refuses a date outside (409): the service's own guard, before any number is taken. */
        public void require(LocalDate date) {
            if (date == null || !contains(date)) {
                throw new ConflictException(MESSAGE, arguments());
            }
        }

        private Object[] arguments() {
            return new Object[] {DAY.format(from), DAY.format(to)};
        }
    }
}
