package vn.gov.sonla.awards.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The days the calendar lists, with what they change in a count of working days summed from the first one: a count
 * over years of a dossier's waiting is then two look-ups, not a walk over every holiday in between (a queue counts
 * it on every row).
 *
 * @param days         the listed days by date
 * @param runningDelta for each listed day, the sum of {@link CalendarDay#delta()} of the listed days up to it
 */
record ListedDays(NavigableMap<LocalDate, CalendarDay> days, NavigableMap<LocalDate, Integer> runningDelta) {

    static ListedDays of(Map<LocalDate, CalendarDay> listed) {
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>(listed);
        NavigableMap<LocalDate, Integer> running = new TreeMap<>();
        int sum = 0;
        for (CalendarDay d : days.values()) {
            sum += d.delta();
            running.put(d.day(), sum);
        }
        return new ListedDays(Collections.unmodifiableNavigableMap(days), Collections.unmodifiableNavigableMap(running));
    }

    /** The sum of the deltas of the listed days up to and including {@code day}. */
    int deltaUpTo(LocalDate day) {
        Map.Entry<LocalDate, Integer> last = runningDelta.floorEntry(day);
        return last == null ? 0 : last.getValue();
    }
}
