package vn.gov.sonla.awards.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.WorkingDays;

/**
 * "A dossier overdue at my stage": every day, the dossiers that have waited at their stage longer than their
 * campaign's deadline for it — review ({@code review_days}) at the department, appraisal ({@code appraisal_days})
 * at Home Affairs, decision ({@code decision_days}) at the chairman's office; {@code awards.deadline.working-days}
 * (10) when the campaign sets none — counted in working days, Monday to Friday. The people of that stage get one
 * notice per dossier and stage, never a second one.
 */
@Component
public class OverdueNotices {

    private static final Logger log = LoggerFactory.getLogger(OverdueNotices.class);
    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final NoticeWriter writer;
    private final MessageSource messages;
    private final int defaultDeadline;

    OverdueNotices(JdbcClient jdbc, NoticeWriter writer, MessageSource messages,
                   @Value("${awards.deadline.working-days:10}") int defaultDeadline) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.messages = messages;
        this.defaultDeadline = defaultDeadline;
    }

    @Scheduled(cron = "${awards.overdue.cron:0 0 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int written = run(LocalDate.now(PROVINCE_TIME));
        log.info("Overdue dossiers: {} notice(s) written", written);
    }

    /** Looks for overdue dossiers as of {@code today} and writes their notices; returns how many notices were new. */
    @Transactional
    public int run(LocalDate today) {
        List<Waiting> waiting = jdbc.sql("""
                select d.id, d.status, d.status_changed_at, d.nominee_name, c.compiling_unit_id,
                       c.review_days, c.appraisal_days, c.decision_days
                  from dossier d join campaign c on c.id = d.campaign_id
                 where d.status in ('SUBMITTED', 'ACCEPTED', 'AT_HOME_AFFAIRS', 'APPRAISED', 'AT_CHAIRMAN', 'APPROVED')
                   and not exists (select 1 from overdue_notice_sent s where s.dossier_id = d.id and s.status = d.status)
                 order by d.id""")
                .query((rs, n) -> new Waiting(rs.getLong("id"), DossierStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("status_changed_at").toInstant(), rs.getString("nominee_name"),
                        rs.getLong("compiling_unit_id"), (Integer) rs.getObject("review_days"),
                        (Integer) rs.getObject("appraisal_days"), (Integer) rs.getObject("decision_days")))
                .list();
        int written = 0;
        Instant now = Instant.now();
        for (Waiting w : waiting) {
            int deadline = w.deadline(defaultDeadline);
            int waited = WorkingDays.between(w.since().atZone(PROVINCE_TIME).toLocalDate(), today);
            if (waited <= deadline || !claim(w, now)) {
                continue;
            }
            String detail = messages.getMessage("notice.overdue.detail",
                    new Object[] {messages.getMessage(w.status().labelKey(), null, NoticeWriter.MAIL_LOCALE), waited, deadline},
                    NoticeWriter.MAIL_LOCALE);
            Role role = w.role();
            written += writer.write(NoticeKind.OVERDUE,
                    writer.recipients(role, role == Role.DEPARTMENT ? w.compilingUnitId() : null, NoticeKind.OVERDUE.topic(), ""),
                    w.id(), null, w.nomineeName(), detail, "/dossiers/" + w.id(),
                    "overdue:" + w.id() + ":" + w.status().name(), now);
        }
        return written;
    }

    /** Marks the dossier's stage as told; false when another run already did. */
    private boolean claim(Waiting w, Instant now) {
        return jdbc.sql("""
                insert into overdue_notice_sent (dossier_id, status, sent_at) values (:id, :status, :at)
                on conflict do nothing""")
                .param("id", w.id())
                .param("status", w.status().name())
                .param("at", Timestamp.from(now))
                .update() == 1;
    }

    private record Waiting(long id, DossierStatus status, Instant since, String nomineeName, long compilingUnitId,
                           Integer reviewDays, Integer appraisalDays, Integer decisionDays) {

        Role role() {
            return switch (status) {
                case SUBMITTED, ACCEPTED -> Role.DEPARTMENT;
                case AT_HOME_AFFAIRS, APPRAISED -> Role.APPRAISER;
                default -> Role.CHAIRMAN_OFFICE;
            };
        }

        int deadline(int defaultDays) {
            Integer days = switch (status) {
                case SUBMITTED, ACCEPTED -> reviewDays;
                case AT_HOME_AFFAIRS, APPRAISED -> appraisalDays;
                default -> decisionDays;
            };
            return days != null ? days : defaultDays;
        }
    }
}
