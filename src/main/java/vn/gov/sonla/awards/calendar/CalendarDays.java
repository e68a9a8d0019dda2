package vn.gov.sonla.awards.calendar;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the calendar, each under the calendar's lock ({@code awards_calendar_lock_key()}): the tally triggers
 * take it shared, so no stage visit is counted while a day changes, and the listeners of
 * {@link WorkingCalendarChanged} recount, in the same transaction, what the change moved.
 */
@Service
public class CalendarDays {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CalendarDays(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Lists a day (or changes how it is listed); returns how it was listed before, if it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CalendarDay> set(LocalDate day, DayKind kind, String name) {
        Optional<CalendarDay> before = lockAndRead(day);
        jdbc.sql("""
                insert into calendar_day (day, kind, name) values (:day, :kind, :name)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
                .param("day", day).param("kind", kind.name()).param("name", name).update();
        events.publishEvent(new WorkingCalendarChanged(day, before.map(CalendarDay::delta).orElse(0),
                CalendarDay.delta(day, kind)));
        return before;
    }

    /** Takes a day off the calendar (it is again as the week has it); returns how it was listed, if it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CalendarDay> remove(LocalDate day) {
        Optional<CalendarDay> before = lockAndRead(day);
        before.ifPresent(d -> {
            jdbc.sql("delete from calendar_day where day = ?").param(day).update();
            events.publishEvent(new WorkingCalendarChanged(day, d.delta(), 0));
        });
        return before;
    }

    private Optional<CalendarDay> lockAndRead(LocalDate day) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(awards_calendar_lock_key())) locked")
                .query(Integer.class).single();
        return jdbc.sql("select day, kind, name from calendar_day where day = ?").param(day)
                .query(WorkingCalendar.ROW).optional();
    }
}
