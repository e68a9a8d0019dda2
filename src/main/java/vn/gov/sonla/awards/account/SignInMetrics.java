package vn.gov.sonla.awards.account;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.Sampled;

/**
 * Sign-in failures and locks as metrics for the operators: failed attempts by reason (wrong credentials, refused
 * while a username or address must wait, refused because it is locked), counted by the instance that refused them,
 * and the usernames and addresses locked now (read from the throttle's table, so every instance reports the same).
 */
@Component
class SignInMetrics {

    static final String FAILURES = "awards.signin.failures";
    static final String LOCKED = "awards.signin.locked";

    /** Why a sign-in failed. */
    enum Reason { CREDENTIALS, WAIT, LOCKED }

    private final MeterRegistry registry;
    private final Sampled<Locked> locked;

    SignInMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.registry = registry;
        for (Reason reason : Reason.values()) {
            failures(reason);
        }
        this.locked = Sampled.every(Duration.ofSeconds(15), () -> jdbc.sql("""
                        select count(*) filter (where throttle_key like 'user:%'),
                               count(*) filter (where throttle_key like 'addr:%')
                          from login_throttle where locked_until > now()""")
                .query((rs, i) -> new Locked(rs.getLong(1), rs.getLong(2))).single());
        Gauge.builder(LOCKED, this, m -> m.locked.get().usernames())
                .description("Usernames locked now after too many failed sign-ins")
                .tag("kind", "username").register(registry);
        Gauge.builder(LOCKED, this, m -> m.locked.get().addresses())
                .description("Addresses locked now after too many failed sign-ins")
                .tag("kind", "address").register(registry);
    }

    void failed(Reason reason) {
        failures(reason).increment();
    }

    private Counter failures(Reason reason) {
        return Counter.builder(FAILURES)
                .description("Failed sign-ins on this instance, by reason")
                .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }

    private record Locked(long usernames, long addresses) {
    }
}
