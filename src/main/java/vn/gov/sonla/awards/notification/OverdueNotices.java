package vn.gov.sonla.awards.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.StageDeadlines;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStatus.Party;
import vn.gov.sonla.awards.signing.SigningDeadlines;

/**
 * "A dossier overdue at my stage": every day, the dossiers that have waited at their stage longer than their
 * campaign's deadline for it — review ({@code review_days}) at the department, appraisal ({@code appraisal_days})
 * at Home Affairs, decision ({@code decision_days}) at the chairman's office; {@code awards.deadline.working-days}
 * (10) when the campaign sets none ({@link StageDeadlines}) — counted in working days as the calendar has them
 * ({@link WorkingCalendar}). The people who act at that stage ({@link DossierStatus#party()}) get one notice per
 * dossier and stage, never a second one. Documents waiting for a leader's signature longer than their deadline
 * ({@link SigningDeadlines}) are told to the leaders of their office, once per presentation.
 */
@Component
public class OverdueNotices {

    private static final Logger log = LoggerFactory.getLogger(OverdueNotices.class);

    private final JdbcClient jdbc;
    private final NoticeWriter writer;
    private final MessageSource messages;
    private final StageDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final SigningDeadlines signing;

    OverdueNotices(JdbcClient jdbc, NoticeWriter writer, MessageSource messages, StageDeadlines deadlines,
                   WorkingCalendar calendar, Clock clock, SigningDeadlines signing) {
        this.signing = signing;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.writer = writer;
        this.messages = messages;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Scheduled(cron = "${awards.overdue.cron:0 0 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "overdue-notices", lockAtLeastFor = "PT5M") // instances due at once: one runs, however their clocks differ
    void daily() {
        int written = run(LocalDate.ofInstant(clock.instant(), ProvinceTime.ZONE));
        log.info("Overdue dossiers: {} notice(s) written", written);
    }

    /** Looks for overdue dossiers as of {@code today} and writes their notices; returns how many notices were new. */
    @Transactional
    public int run(LocalDate today) {
        List<Waiting> waiting = jdbc.sql("""
                select d.id, d.status, d.status_changed_at, d.nominee_name, d.unit_id, c.compiling_unit_id,
                       %s as deadline
                  from dossier d join campaign c on c.id = d.campaign_id
                 where d.status in (:stages)
                   and not exists (select 1 from overdue_notice_sent s where s.dossier_id = d.id and s.status = d.status)
                 order by d.id""".formatted(deadlines.sql("d.status", "c")))
                .param("stages", StageDeadlines.STAGES.stream().map(Enum::name).toList())
                .query((rs, n) -> new Waiting(rs.getLong("id"), DossierStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("status_changed_at").toInstant(), rs.getString("nominee_name"),
                        rs.getLong("unit_id"), rs.getLong("compiling_unit_id"), rs.getInt("deadline")))
                .list();
        int written = 0;
        Instant now = clock.instant();
        for (Waiting w : waiting) {
            int waited = calendar.workingDaysBetween(w.since().atZone(ProvinceTime.ZONE).toLocalDate(), today);
            Party party = w.status().party();
            if (waited <= w.deadline() || party == Party.NOBODY || !claim(w, now)) {
                continue;
            }
            String detail = messages.getMessage("notice.overdue.detail",
                    new Object[] {messages.getMessage(w.status().labelKey(), null, NoticeWriter.MAIL_LOCALE), waited, w.deadline()},
                    NoticeWriter.MAIL_LOCALE);
            written += writer.write(NoticeKind.OVERDUE,
                    writer.recipients(party.role(), unitOf(party, w), NoticeKind.OVERDUE.topic(), ""),
                    w.id(), null, w.nomineeName(), detail, "/dossiers/" + w.id(),
                    "overdue:" + w.id() + ":" + w.status().name(), now);
        }
        return written + overdueSignatures(today, now);
    }

    /**
     * The documents that have waited for a leader's signature longer than their deadline: the leaders of the office
     * are told once per presentation (a document presented again is a new wait).
     */
    private int overdueSignatures(LocalDate today, Instant now) {
        int written = 0;
        for (SigningDeadlines.Waiting w : signing.all(today)) {
            if (!w.overdue()) {
                continue;
            }
            String subject = messages.getMessage("signing.kind." + w.kind(), null, NoticeWriter.MAIL_LOCALE)
                    + (w.subject() == null ? "" : " — " + w.subject());
            String detail = messages.getMessage("notice.overdueSigning.detail",
                    new Object[] {w.waitedDays(), w.deadlineDays()}, NoticeWriter.MAIL_LOCALE);
            boolean dossier = w.kind().equals("dossier");
            written += writer.write(NoticeKind.OVERDUE_SIGNATURE,
                    writer.leaders(w.officeRole(), w.officeUnitId(), NoticeKind.OVERDUE_SIGNATURE.topic(), ""),
                    dossier ? w.id() : null, dossier ? null : w.id(), subject, detail, w.link(),
                    "overdue-signing:" + w.kind() + ":" + w.id() + ":" + w.presentedAt().toEpochMilli(), now);
        }
        return written;
    }

    /** The unit whose people of the party are told; null for a party of the whole province. */
    private static Long unitOf(Party party, Waiting w) {
        return switch (party) {
            case UNIT -> w.unitId();
            case COMPILING_DEPARTMENT -> w.compilingUnitId();
            case HOME_AFFAIRS, CHAIRMAN_OFFICE, NOBODY -> null;
        };
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

    private record Waiting(long id, DossierStatus status, Instant since, String nomineeName, long unitId,
                           long compilingUnitId, int deadline) {
    }
}
