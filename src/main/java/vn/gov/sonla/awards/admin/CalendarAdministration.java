package vn.gov.sonla.awards.admin;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.calendar.CalendarDay;
import vn.gov.sonla.awards.calendar.CalendarDays;
import vn.gov.sonla.awards.calendar.DayKind;
import vn.gov.sonla.awards.common.NotFoundException;

import static vn.gov.sonla.awards.admin.Administration.requireAdmin;

/**
 * The administrator's changes to the working calendar (holidays, days off, make-up working days), each in one
 * transaction with its line in the administration log. Refuses anyone but an administrator.
 */
@Service
class CalendarAdministration {

    private final CalendarDays calendarDays;
    private final AdminAudit audit;

    CalendarAdministration(CalendarDays calendarDays, AdminAudit audit) {
        this.calendarDays = calendarDays;
        this.audit = audit;
    }

    /** Lists a holiday or a make-up working day (or changes how the day is listed), with what it was before. */
    @Transactional
    void setCalendarDay(LocalDate day, DayKind kind, String name, Actor by) {
        requireAdmin(by);
        Optional<CalendarDay> before = calendarDays.set(day, kind, name);
        audit.record(by, AuditAction.CALENDAR_DAY_SET, day.toString(),
                before.map(d -> d.kind() + " · " + d.name() + " → ").orElse("") + kind + " · " + name);
    }

    /** Takes a day off the calendar: it is again as the week has it. */
    @Transactional
    void removeCalendarDay(LocalDate day, Actor by) {
        requireAdmin(by);
        CalendarDay removed = calendarDays.remove(day).orElseThrow(() -> new NotFoundException("calendar day " + day));
        audit.record(by, AuditAction.CALENDAR_DAY_REMOVED, day.toString(), removed.kind() + " · " + removed.name());
    }
}
