package vn.gov.sonla.awards.support;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.calendar.CalendarDay;
import vn.gov.sonla.awards.calendar.CalendarDays;
import vn.gov.sonla.awards.calendar.DayKind;

/**
 * Days a test lists in the shared database's calendar, through the same service as the administrator's page (so
 * the tallies are recounted and the cache emptied), and put back as they were by {@link #restore()}: the calendar
 * is read by every test that counts working days.
 */
public class CalendarEntries {

    private final CalendarDays days;
    private final TransactionTemplate transaction;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    public CalendarEntries(CalendarDays days, PlatformTransactionManager transactions) {
        this.days = days;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void set(LocalDate day, DayKind kind, String name) {
        Optional<CalendarDay> before = transaction.execute(t -> days.set(day, kind, name));
        undo.push(() -> transaction.executeWithoutResult(t -> before.ifPresentOrElse(
                d -> days.set(d.day(), d.kind(), d.name()), () -> days.remove(day))));
    }

    /** Every day from {@code first} to {@code last} off. */
    public void daysOff(LocalDate first, LocalDate last, String name) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            set(d, DayKind.HOLIDAY, name);
        }
    }

    /** Takes a day off the calendar, to be listed again as it was. */
    public void remove(LocalDate day) {
        Optional<CalendarDay> before = transaction.execute(t -> days.remove(day));
        before.ifPresent(d -> undo.push(() -> transaction.executeWithoutResult(t -> days.set(d.day(), d.kind(), d.name()))));
    }

    /** The calendar as it was before this test's changes, newest change undone first. */
    public void restore() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }
}
