package vn.gov.sonla.awards.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.common.SettingRefused;

/**
 * How long a document may wait for a leader's signature: the campaign's {@code signing_days} (the shortest among the
 * campaigns of a submission's dossiers), or {@code awards.deadline.signing-working-days} (3) when it sets none;
 * counted in working days as the calendar has them, from the moment it was presented.
 */
@Component
public class SigningDeadlines {

    /** Every document waiting for a signature, with the office whose leaders sign it and its deadline. */
    private static final String WAITING = """
            select * from (
                select 'submission' as kind, s.id, 'DEPARTMENT' as role, s.department_unit_id as unit_id,
                       u.name as subject, s.presented_at as presented_at, %1$s as deadline
                  from submission s join unit u on u.id = s.department_unit_id
                 where s.status = 'AWAITING_SIGNATURE'
                union all
                select 'report', s.id, 'APPRAISER', null, s.number, s.report_presented_at, %1$s
                  from submission s where s.status = 'REPORT_AWAITING_SIGNATURE'
                union all
                select 'decision', s.id, 'CHAIRMAN_OFFICE', null, s.appraisal_report_number, s.decision_presented_at, %1$s
                  from submission s where s.status = 'DECISION_AWAITING_SIGNATURE'
                union all
                select 'correction', r.id, 'CHAIRMAN_OFFICE', null, ad.number, r.presented_at,
                       coalesce((select min(coalesce(c.signing_days, :fallback))
                                   from dossier d join campaign c on c.id = d.campaign_id
                                  where d.submission_id = ad.submission_id), :fallback)
                  from correction_request r join award_decision ad on ad.id = r.corrects_decision_id
                 where r.status = 'AWAITING_SIGNATURE'
                union all
                select 'dossier', d.id, 'CLERK', d.unit_id, d.nominee_name, d.status_changed_at,
                       coalesce(c.signing_days, :fallback)
                  from dossier d join campaign c on c.id = d.campaign_id where d.status = 'AT_UNIT_HEAD'
            ) w
            """.formatted("""
            (select coalesce(min(coalesce(c.signing_days, :fallback)), :fallback)
               from dossier d join campaign c on c.id = d.campaign_id
              where d.submission_id = s.id or d.draft_submission_id = s.id)""");

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int fallback;

    SigningDeadlines(JdbcClient jdbc, WorkingCalendar calendar, Clock clock,
                     @Value("${awards.deadline.signing-working-days:3}") int fallback) {
        if (fallback < 1) {
            throw new SettingRefused("awards.deadline.signing-working-days (AWARDS_DEADLINE_SIGNING_WORKING_DAYS) "
                    + "must be positive, not " + fallback,
                    "Set it to the working days a leader has to sign (3 unless set).");
        }
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.fallback = fallback;
    }

    /** A document waiting for a signature: what it is, whose leaders sign it, since when, and how long it may wait. */
    public record Waiting(String kind, long id, Role officeRole, Long officeUnitId, String subject, Instant presentedAt,
                          int deadlineDays, int waitedDays) {

        public boolean overdue() {
            return waitedDays > deadlineDays;
        }

        /** The page where a leader signs it. */
        public String link() {
            return "/signing/" + kind + "s/" + id;
        }
    }

    /** Every document waiting for a signature as of the day, oldest presentation first. */
    @Transactional(readOnly = true)
    public List<Waiting> all(LocalDate today) {
        return jdbc.sql(WAITING + " order by presented_at, kind, id").param("fallback", fallback)
                .query((rs, n) -> waiting(rs.getString("kind"), rs.getLong("id"), rs.getString("role"),
                        (Long) rs.getObject("unit_id"), rs.getString("subject"), rs.getTimestamp("presented_at"),
                        rs.getInt("deadline"), today))
                .list();
    }

    private Waiting waiting(String kind, long id, String role, Long unitId, String subject, java.sql.Timestamp presented,
                            int deadline, LocalDate today) {
        Instant at = presented == null ? clock.instant() : presented.toInstant();
        int waited = calendar.workingDaysBetween(at.atZone(ProvinceTime.ZONE).toLocalDate(), today);
        return new Waiting(kind, id, Role.valueOf(role), unitId, subject, at, deadline, waited);
    }
}
