package vn.gov.sonla.awards.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A day of the calendar that is not as the week has it, or a holiday named on a weekend. */
public record CalendarDay(LocalDate day, DayKind kind, String name) {

    /** What the day changes in a count of working days: -1, 0 or +1 (the SQL function awards_calendar_delta). */
    public int delta() {
        return delta(day, kind);
    }

    static int delta(LocalDate day, DayKind kind) {
        if (kind == null) {
            return 0;
        }
        boolean weekday = WorkingCalendar.isWeekday(day);
        return switch (kind) {
            case HOLIDAY -> weekday ? -1 : 0;
            case WORKING_DAY -> weekday ? 0 : 1;
        };
    }

    /** Whether the day is a Saturday or Sunday (a make-up working day must be). */
    public boolean weekend() {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
