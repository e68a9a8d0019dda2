package vn.gov.sonla.awards.calendar;

/** How a day listed in the calendar differs from an ordinary week. */
public enum DayKind {

    /** A public holiday or a day off (on a weekday it is not a working day). */
    HOLIDAY,
    /** A make-up working day (on a Saturday or Sunday it is a working day). */
    WORKING_DAY;

    public String labelKey() {
        return "calendar.kind." + name();
    }
}
