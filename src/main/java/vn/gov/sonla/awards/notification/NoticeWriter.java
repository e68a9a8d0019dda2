package vn.gov.sonla.awards.notification;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.SignOffEvent;
import vn.gov.sonla.awards.dossier.DossierStepTaken;

/**
 * Turns a step on a dossier into notices for the people whose turn it is, and — for those who asked for it,
 * when mail is configured — into e-mails in the outbox. It listens synchronously, inside the step's
 * transaction: the notice and the mail are committed with the step or not at all, and sending the mail is
 * left to {@link MailDelivery}, so a mail server that is down never holds up or undoes the work.
 * <ul>
 * <li>submitted → the staff of the campaign's compiling department;</li>
 * <li>returned by Home Affairs → the staff of the campaign's compiling department;</li>
 * <li>returned, rejected, approved, declined, granted → the clerks of the filing unit;</li>
 * <li>sent to Home Affairs → the appraisers, once per submission;</li>
 * <li>forwarded to the chairman → the chairman's office, once per submission.</li>
 * </ul>
 */
@Component
class NoticeWriter {

    static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String baseUrl;

    NoticeWriter(JdbcClient jdbc, MessageSource messages, ObjectProvider<JavaMailSender> mailSender,
                 @Value("${awards.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.mailSender = mailSender;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    void on(DossierStepTaken step) {
        String dossierLink = "/dossiers/" + step.dossierId();
        switch (step.action()) {
            case SUBMIT -> write(NoticeKind.DOSSIER_ARRIVED, recipients(Role.DEPARTMENT, step.compilingUnitId(), step),
                    step, step.nomineeName(), null, dossierLink, null);
            case RETURN -> toClerks(NoticeKind.RETURNED, step, dossierLink);
            case RETURN_TO_DEPARTMENT -> write(NoticeKind.RETURNED_TO_DEPARTMENT,
                    recipients(Role.DEPARTMENT, step.compilingUnitId(), step), step, step.nomineeName(), step.note(),
                    dossierLink, null);
            case REJECT -> toClerks(NoticeKind.REJECTED, step, dossierLink);
            case APPROVE -> toClerks(NoticeKind.APPROVED, step, dossierLink);
            case PROPOSE_TO_CENTRAL -> toClerks(NoticeKind.PROPOSED_TO_CENTRAL, step, dossierLink);
            case DECLINE -> toClerks(NoticeKind.DECLINED, step, dossierLink);
            case GRANT -> toClerks(NoticeKind.GRANTED, step, dossierLink);
            case SEND_TO_HOME_AFFAIRS -> write(NoticeKind.SUBMISSION_ARRIVED, recipients(Role.APPRAISER, null, step),
                    step, step.reference(), null, "/appraisal/submissions/" + step.submissionId(),
                    "submission:" + step.submissionId() + ":sent");
            case FORWARD_TO_CHAIRMAN -> write(NoticeKind.SUBMISSION_FORWARDED,
                    recipients(Role.CHAIRMAN_OFFICE, null, step), step, step.reference(), null,
                    "/decisions/submissions/" + step.submissionId(), "submission:" + step.submissionId() + ":forwarded");
            default -> { } // drafting, editing, accepting, appraising: nobody else's turn yet
        }
    }

    /**
     * A document presented for signature is told to the leaders of the office; one returned, to the specialist who
     * prepared it. Each presentation and each return is told once.
     */
    @EventListener
    void on(SignOffEvent handOver) {
        boolean presented = handOver.step() == SignOffEvent.Step.PRESENTED;
        NoticeKind kind = presented ? NoticeKind.PRESENTED_FOR_SIGNATURE : NoticeKind.RETURNED_BY_LEADER;
        List<Recipient> recipients = presented
                ? leaders(handOver.officeRole(), handOver.officeUnitId(), kind.topic(), handOver.actorUsername())
                : jdbc.sql("""
                        select u.id, u.email,
                               exists (select 1 from notice_mail_preference p where p.user_id = u.id and p.kind = :topic) as wants_mail
                          from user_account u
                         where u.enabled and u.username <> :actor and u.id = cast(:preparer as bigint)""")
                        .param("topic", kind.topic().name())
                        .param("actor", handOver.actorUsername())
                        .param("preparer", handOver.preparerAccountId())
                        .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getBoolean("wants_mail")))
                        .list();
        String subject = messages.getMessage(handOver.documentKey(), null, MAIL_LOCALE)
                + (handOver.subject() == null ? "" : " — " + handOver.subject());
        write(kind, recipients, null, handOver.submissionId(), subject, handOver.note(), handOver.link(),
                "signoff:" + handOver.documentKey() + ":" + handOver.submissionId() + ":" + handOver.step() + ":"
                        + handOver.occurredAt().toEpochMilli(), handOver.occurredAt());
    }

    /** The enabled leaders of an office (a role, and a unit unless null), except whoever acted, with their mail wish. */
    List<Recipient> leaders(Role role, Long unitId, NoticeKind.Topic topic, String actorUsername) {
        return members(role, unitId, topic, actorUsername, "LEADER");
    }

    private void toClerks(NoticeKind kind, DossierStepTaken step, String link) {
        write(kind, recipients(Role.CLERK, step.unitId(), step), step, step.nomineeName(), step.note(), link, null);
    }

    /** Enabled accounts of the role (and unit), except whoever took the step, with their mail wish. */
    private List<Recipient> recipients(Role role, Long unitId, DossierStepTaken step) {
        return recipients(role, unitId, topicOf(step), step.actorUsername());
    }

    List<Recipient> recipients(Role role, Long unitId, NoticeKind.Topic topic, String actorUsername) {
        return members(role, unitId, topic, actorUsername, "SPECIALIST");
    }

    /**
     * The enabled accounts of an office of one rank (specialists act on dossiers, leaders sign), but whoever acted;
     * read once per transaction for each office (a submission's step tells the same office of each of its dossiers).
     */
    private List<Recipient> members(Role role, Long unitId, NoticeKind.Topic topic, String actorUsername, String rank) {
        return memo().recipients.computeIfAbsent(List.of(role, String.valueOf(unitId), topic, actorUsername, rank),
                k -> readMembers(role, unitId, topic, actorUsername, rank));
    }

    private List<Recipient> readMembers(Role role, Long unitId, NoticeKind.Topic topic, String actorUsername, String rank) {
        return jdbc.sql("""
                select u.id, u.email,
                       exists (select 1 from notice_mail_preference p where p.user_id = u.id and p.kind = :topic) as wants_mail
                  from user_account u
                 where u.enabled and u.role = :role and (cast(:unit as bigint) is null or u.unit_id = :unit)
                   and u.office_rank = :rank
                   and u.username <> :actor
                 order by u.id""")
                .param("topic", topic.name())
                .param("role", role.name())
                .param("unit", unitId)
                .param("rank", rank)
                .param("actor", actorUsername)
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getBoolean("wants_mail")))
                .list();
    }

    private static NoticeKind.Topic topicOf(DossierStepTaken step) {
        return switch (step.action()) {
            case RETURN, REJECT, RETURN_TO_DEPARTMENT -> NoticeKind.Topic.RETURNS;
            case APPROVE, DECLINE, GRANT, PROPOSE_TO_CENTRAL -> NoticeKind.Topic.DECISIONS;
            default -> NoticeKind.Topic.QUEUE;
        };
    }

    private void write(NoticeKind kind, List<Recipient> recipients, DossierStepTaken step, String subject,
                       String detail, String link, String dedupeKey) {
        // a submission's notice is about the submission, not the dossier that happened to be first
        write(kind, recipients, dedupeKey == null ? step.dossierId() : null, step.submissionId(), subject, detail, link,
                dedupeKey, step.occurredAt());
    }

    /**
     * Writes the notice to each recipient, once per recipient and dedupe key, with its mail when wanted; returns
     * how many notices were new.
     */
    int write(NoticeKind kind, List<Recipient> recipients, Long dossierId, Long submissionId, String subject,
              String detail, String link, String dedupeKey, java.time.Instant occurredAt) {
        int written = 0;
        if (dedupeKey != null && !memo().dedupeKeys.add(dedupeKey)) {
            // written already in this transaction: each of a submission's dossiers tells of the submission
            return written;
        }
        boolean mailOn = mailSender.getIfAvailable() != null;
        for (Recipient r : recipients) {
            Long noticeId = jdbc.sql("""
                    insert into notice (recipient_id, kind, dossier_id, submission_id, subject, detail, link, created_at, dedupe_key)
                    values (:recipient, :kind, :dossier, :submission, :subject, :detail, :link, :at, :dedupe)
                    on conflict (recipient_id, dedupe_key) do nothing
                    returning id""")
                    .param("recipient", r.id())
                    .param("kind", kind.name())
                    .param("dossier", dossierId)
                    .param("submission", submissionId)
                    .param("subject", subject == null ? "" : subject)
                    .param("detail", detail)
                    .param("link", link)
                    .param("at", Timestamp.from(occurredAt))
                    .param("dedupe", dedupeKey)
                    .query(Long.class).optional().orElse(null);
            if (noticeId != null) {
                written++;
            }
            if (noticeId != null && mailOn && r.wantsMail() && r.email() != null && !r.email().isBlank()) {
                enqueueMail(noticeId, r.email(), kind, subject, detail, link, occurredAt);
            }
        }
        return written;
    }

    /** What this transaction has already read and written, so a step of thousands of dossiers asks each thing once. */
    private static final class TransactionMemo {
        final Map<List<Object>, List<Recipient>> recipients = new HashMap<>();
        final Set<String> dedupeKeys = new HashSet<>();
    }

    private TransactionMemo memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new TransactionMemo();
        }
        TransactionMemo memo = (TransactionMemo) TransactionSynchronizationManager.getResource(this);
        if (memo == null) {
            TransactionMemo fresh = new TransactionMemo();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // a transaction started meanwhile (REQUIRES_NEW) keeps its own memo
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NoticeWriter.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(NoticeWriter.this, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NoticeWriter.this);
                }
            });
            memo = fresh;
        }
        return memo;
    }

    private void enqueueMail(long noticeId, String email, NoticeKind kind, String subject, String detail,
                             String link, java.time.Instant occurredAt) {
        String text = messages.getMessage(kind.labelKey(), new Object[] {subject}, MAIL_LOCALE);
        StringBuilder body = new StringBuilder(text).append("\n\n");
        if (detail != null && !detail.isBlank()) {
            body.append(detail).append("\n\n");
        }
        body.append(messages.getMessage("notice.mail.open", new Object[] {baseUrl + link}, MAIL_LOCALE)).append("\n");
        jdbc.sql("""
                insert into mail_outbox (notice_id, recipient_email, subject, body, created_at, next_attempt_at)
                values (:notice, :email, :subject, :body, :at, :at)""")
                .param("notice", noticeId)
                .param("email", email.strip())
                .param("subject", abbreviate(messages.getMessage("notice.mail.subject", new Object[] {text}, MAIL_LOCALE)))
                .param("body", body.toString())
                .param("at", Timestamp.from(occurredAt))
                .update();
    }

    private static String abbreviate(String s) {
        return s.length() <= 255 ? s : s.substring(0, 254) + "…";
    }

    record Recipient(long id, String email, boolean wantsMail) {
    }
}
