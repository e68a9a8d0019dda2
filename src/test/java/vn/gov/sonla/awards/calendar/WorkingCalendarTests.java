package vn.gov.sonla.awards.calendar;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days are Monday to Friday, less the days off the calendar lists, plus its make-up working days. */
class WorkingCalendarTests {

    static final LocalDate FRIDAY = LocalDate.of(2021, 10, 1);

    @Test
    void withNothingListedWorkingDaysAreMondayToFriday() {
        NavigableMap<LocalDate, CalendarDay> none = new TreeMap<>();
        assertThat(WorkingCalendar.between(FRIDAY, FRIDAY, ListedDays.of(none))).isZero();
        assertThat(WorkingCalendar.between(FRIDAY, FRIDAY.plusDays(1), ListedDays.of(none))).isZero();          // Saturday
        assertThat(WorkingCalendar.between(FRIDAY, FRIDAY.plusDays(3), ListedDays.of(none))).isEqualTo(1);      // Monday
        assertThat(WorkingCalendar.between(FRIDAY, FRIDAY.plusDays(14), ListedDays.of(none))).isEqualTo(10);    // two weeks later
        assertThat(WorkingCalendar.between(FRIDAY, FRIDAY.plusDays(17), ListedDays.of(none))).isEqualTo(11);
        assertThat(WorkingCalendar.between(FRIDAY.plusDays(3), FRIDAY, ListedDays.of(none))).isZero();
    }

    @Test
    void aDayOffOnAWeekdayIsNotCountedAndAMakeUpSaturdayIs() {
        // Tết 2026: Saturday 14 February to Sunday 22 February off, Saturday 7 February worked in lieu of a day
        NavigableMap<LocalDate, CalendarDay> tet = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
            tet.put(d, new CalendarDay(d, DayKind.HOLIDAY, "Tết Nguyên đán"));
        }
        LocalDate makeUp = LocalDate.of(2026, 2, 7);
        tet.put(makeUp, new CalendarDay(makeUp, DayKind.WORKING_DAY, "Làm bù"));
        LocalDate dayBeforeTet = LocalDate.of(2026, 2, 13);

        assertThat(WorkingCalendar.between(dayBeforeTet, LocalDate.of(2026, 2, 22), ListedDays.of(tet))).isZero();
        assertThat(WorkingCalendar.between(dayBeforeTet, LocalDate.of(2026, 2, 23), ListedDays.of(tet))).isEqualTo(1);
        assertThat(WorkingCalendar.between(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 9), ListedDays.of(tet))).isEqualTo(2);
        assertThat(WorkingCalendar.isWorkingDay(makeUp, ListedDays.of(tet))).isTrue();
        assertThat(WorkingCalendar.isWorkingDay(LocalDate.of(2026, 2, 16), ListedDays.of(tet))).isFalse();
        // a deadline of 3 working days from the day before Tết ends on Wednesday 25 February
        assertThat(WorkingCalendar.addWorkingDays(dayBeforeTet, 3, ListedDays.of(tet))).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(WorkingCalendar.addWorkingDays(LocalDate.of(2026, 2, 6), 1, ListedDays.of(tet))).isEqualTo(makeUp);
        assertThat(WorkingCalendar.addWorkingDays(FRIDAY, 0, ListedDays.of(tet))).isEqualTo(FRIDAY);
        assertThatThrownBy(() -> WorkingCalendar.addWorkingDays(FRIDAY, -1, ListedDays.of(tet))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHolidayOnAWeekendChangesNoCount() {
        LocalDate saturday = LocalDate.of(2027, 5, 1);
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>();
        days.put(saturday, new CalendarDay(saturday, DayKind.HOLIDAY, "Ngày Quốc tế Lao động"));
        assertThat(days.get(saturday).delta()).isZero();
        assertThat(WorkingCalendar.between(saturday.minusDays(1), saturday.plusDays(2), ListedDays.of(days))).isEqualTo(1);
    }

    @Test
    void aCountOverYearsEqualsTheDaysWorkedCountedOneByOne() {
        Random random = new Random(215);
        NavigableMap<LocalDate, CalendarDay> listed = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(7 * 365));
            listed.put(day, new CalendarDay(day, random.nextBoolean() ? DayKind.HOLIDAY : DayKind.WORKING_DAY, "ngày " + i));
        }
        ListedDays days = ListedDays.of(listed);
        for (int i = 0; i < 500; i++) {
            LocalDate from = LocalDate.of(2020, 12, 1).plusDays(random.nextInt(7 * 365));
            LocalDate to = from.plusDays(random.nextInt(3 * 365));
            int oneByOne = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (WorkingCalendar.isWorkingDay(d, days)) {
                    oneByOne++;
                }
            }
            assertThat(WorkingCalendar.between(from, to, days)).as("%s to %s", from, to).isEqualTo(oneByOne);
        }
    }
}
