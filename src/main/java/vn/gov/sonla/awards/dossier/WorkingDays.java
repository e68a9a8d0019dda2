package vn.gov.sonla.awards.dossier;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days (Monday to Friday) between two dates, as deadlines of the plan are counted. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public static int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate day = from.plusDays(weeks * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
