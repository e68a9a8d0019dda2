package vn.gov.sonla.awards.calendar;

import java.time.LocalDate;

/**
 * A day of the calendar was listed, changed or removed: counts of working days across it go from
 * {@code deltaBefore} to {@code deltaAfter} more (-1, 0 or +1 against Monday to Friday). Published inside the
 * transaction of the change, which holds the calendar's lock: a listener that recounts what it keeps does it there.
 */
public record WorkingCalendarChanged(LocalDate day, int deltaBefore, int deltaAfter) {
}
