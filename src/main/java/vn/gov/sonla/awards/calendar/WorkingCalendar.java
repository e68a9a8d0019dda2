package vn.gov.sonla.awards.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Working days as the calendar has them: Monday to Friday, less the holidays and days off listed on a weekday, plus
 * the make-up working days listed on a weekend (table {@code calendar_day}; the SQL function
 * {@code awards_working_days} counts the same). The calendar is a few hundred rows, read whole into the cache
 * {@value #CACHE} ({@code awards.cache.calendar.*}) and read again once a change to it is committed.
 */
@Component
public class WorkingCalendar {

    static final String CACHE = "calendar";

    /** A row of {@code calendar_day}. */
    static final RowMapper<CalendarDay> ROW = (rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
            DayKind.valueOf(rs.getString("kind")), rs.getString("name"));

    private final JdbcClient jdbc;
    private final Cache cache;
    /** Part of the key, so that a reading in flight when a change commits is stored where nobody looks any more. */
    private final AtomicLong changes = new AtomicLong();

    WorkingCalendar(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.cache = Objects.requireNonNull(caches.getCache(CACHE), "no cache " + CACHE + " in awards.cache");
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return between(from, to, listed());
    }

    /** The day {@code n} working days after {@code from} (a deadline of n working days that starts on it). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return addWorkingDays(from, n, listed());
    }

    /** Whether people work on that day. */
    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, listed());
    }

    /** The days of a year the calendar lists, in order. */
    public List<CalendarDay> year(int year) {
        return List.copyOf(listed().days().subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /**
     * Whether Tết Nguyên đán is entered for a year: a holiday listed between 20 January and 28 February (the first
     * day of the lunar year falls between 21 January and 20 February; the days off around it stay in that range).
     */
    public boolean tetEntered(int year) {
        return listed().days().subMap(LocalDate.of(year, 1, 20), true, LocalDate.of(year, 2, 28), true).values().stream()
                .anyMatch(d -> d.kind() == DayKind.HOLIDAY);
    }

    static int between(LocalDate from, LocalDate to, ListedDays listed) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return weekdaysBetween(from, to) + listed.deltaUpTo(to) - listed.deltaUpTo(from);
    }

    static LocalDate addWorkingDays(LocalDate from, int n, ListedDays days) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day, days)) {
                counted++;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day, ListedDays days) {
        CalendarDay listed = days.days().get(day);
        return listed == null ? isWeekday(day) : listed.kind() == DayKind.WORKING_DAY;
    }

    /** Weekdays (Monday to Friday) after {@code from} up to and including {@code to}. */
    static int weekdaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate day = from.plusDays(weeks * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (isWeekday(day)) {
                count++;
            }
        }
        return count;
    }

    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private ListedDays listed() {
        return cache.get(changes.get(), this::read);
    }

    private ListedDays read() {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        jdbc.sql("select day, kind, name from calendar_day order by day").query(ROW).list()
                .forEach(d -> days.put(d.day(), d));
        return ListedDays.of(days);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(WorkingCalendarChanged event) {
        changes.incrementAndGet();
        cache.clear();
    }
}
