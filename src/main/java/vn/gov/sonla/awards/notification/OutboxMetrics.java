package vn.gov.sonla.awards.notification;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.Sampled;

/**
 * The mail outbox as metrics for the operators: how many mails wait to be delivered and how long the oldest has
 * waited. A depth or an age that keeps growing means the mail server refuses or cannot be reached.
 */
@Component
class OutboxMetrics {

    static final String DEPTH = "awards.mail.outbox.depth";
    static final String OLDEST_AGE = "awards.mail.outbox.oldest.age";

    private final Sampled<Outbox> outbox;

    OutboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.outbox = Sampled.every(Duration.ofSeconds(15), () -> jdbc.sql("""
                        select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                          from mail_outbox where sent_at is null""")
                .query((rs, i) -> new Outbox(rs.getLong(1), rs.getDouble(2))).single());
        Gauge.builder(DEPTH, this, m -> m.outbox.get().depth())
                .description("Mails in the outbox not yet accepted by a mail server")
                .register(registry);
        TimeGauge.builder(OLDEST_AGE, this, TimeUnit.SECONDS, m -> m.outbox.get().oldestSeconds())
                .description("How long the oldest undelivered mail has waited (0 when none waits)")
                .register(registry);
    }

    private record Outbox(long depth, double oldestSeconds) {
    }
}
