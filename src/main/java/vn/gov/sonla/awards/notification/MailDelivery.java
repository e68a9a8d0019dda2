package vn.gov.sonla.awards.notification;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the mail outbox with retries, in the background. Only when mail is configured
 * ({@code spring.mail.host}). Each round claims a few due messages (pushing their next attempt a lease away,
 * so two workers never send the same one), sends them outside any transaction, and marks each sent — or
 * counts the failure and waits longer before the next try (doubling up to an hour). Nothing is ever dropped:
 * a message stays in the outbox until a mail server accepts it.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final String from;
    private final Duration retryDelay;

    MailDelivery(JdbcClient jdbc, JavaMailSender sender,
                 @Value("${awards.mail.from:khenthuong@sonla.gov.vn}") String from,
                 @Value("${awards.mail.retry-delay:PT1M}") Duration retryDelay) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
        this.retryDelay = retryDelay;
    }

    @Scheduled(initialDelayString = "${awards.mail.poll-interval:PT30S}", fixedDelayString = "${awards.mail.poll-interval:PT30S}")
    @SchedulerLock(name = "mail-delivery")
    void scheduled() {
        deliverDue();
    }

    /** Tries every message that is due now; answers how many a mail server accepted. */
    public int deliverDue() {
        int sent = 0;
        for (Outgoing mail : claimDue()) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.to());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
                jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
                        .param("id", mail.id()).update();
                sent++;
            } catch (RuntimeException e) { // MailException and anything else: retry later, never drop
                Duration wait = backoff(mail.attempts() + 1);
                log.warn("Mail {} to {} not delivered (attempt {}), next try in {}: {}", mail.id(), mail.to(),
                        mail.attempts() + 1, wait, e.getMessage());
                jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, last_error = :error,
                               next_attempt_at = now() + make_interval(secs => :wait)
                         where id = :id""")
                        .param("error", String.valueOf(e.getMessage()))
                        .param("wait", (double) wait.toMillis() / 1000)
                        .param("id", mail.id()).update();
            }
        }
        return sent;
    }

    private List<Outgoing> claimDue() {
        // One statement, so it is its own transaction: the claimed rows are leased before any is sent.
        return jdbc.sql("""
                update mail_outbox set next_attempt_at = now() + make_interval(secs => :lease)
                 where id in (select id from mail_outbox where sent_at is null and next_attempt_at <= now()
                               order by id limit :batch for update skip locked)
                returning id, recipient_email, subject, body, attempts""")
                .param("lease", (double) LEASE.toSeconds())
                .param("batch", BATCH)
                .query((rs, n) -> new Outgoing(rs.getLong("id"), rs.getString("recipient_email"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    Duration backoff(int attempts) {
        Duration wait = retryDelay.multipliedBy(1L << Math.min(attempts - 1, 10));
        return wait.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : wait;
    }

    private record Outgoing(long id, String to, String subject, String body, int attempts) {
    }
}
