package vn.gov.sonla.awards.account;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.PlainText;

/**
 * Slows down and then stops password guessing. Failed sign-ins are counted per username (also unknown ones, so
 * a lock reveals nothing about which accounts exist) and per remote address. After a few failures each further
 * attempt must wait a growing delay — refused at once, without checking the password, rather than by holding a
 * server thread; after more, the username (or the address) is locked for a period. A successful sign-in clears
 * the username's count; an administrator can unlock an account.
 * <p>
 * Counts live in the database so they survive restarts and hold across several application instances.
 */
@Service
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private static final String USER = "user:";
    private static final String ADDRESS = "addr:";

    private final JdbcClient jdbc;
    private final AccountProperties.Login rules;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AccountProperties properties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.rules = properties.login();
    }

    /** Whether an attempt may be checked now; if not, why and for how long. */
    @Transactional(readOnly = true)
    public Optional<Refusal> check(String username, String address, Instant now) {
        Optional<Refusal> user = row(userKey(username)).flatMap(r -> refusal(r, rules.freeFailures(), rules.lockAfter(), now));
        if (user.isPresent() || address == null) {
            return user;
        }
        return row(ADDRESS + address).flatMap(r -> refusal(r, rules.addressFreeFailures(), rules.addressLockAfter(), now));
    }

    /**
     * Asks to check one password now: refused like {@link #check}, or else counted at once as a failure of the
     * username (a right password then clears it). Deciding and counting happen under a lock on the username's row,
     * so parallel attempts for one username queue here, each seeing the ones before it: however many arrive in
     * the same second, no more are checked than the waits and the lock allow.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Refusal> attempt(String username, String address, Instant now) {
        Row row = lockedRow(userKey(username), now);
        Optional<Refusal> refusal = refusal(row, rules.freeFailures(), rules.lockAfter(), now);
        if (refusal.isEmpty() && address != null) {
            refusal = row(ADDRESS + address).flatMap(r -> refusal(r, rules.addressFreeFailures(), rules.addressLockAfter(), now));
        }
        if (refusal.isEmpty()) {
            count(userKey(username), row, rules.lockAfter(), now);
        }
        return refusal;
    }

    /** A password checked after {@link #attempt} was wrong: the username is counted already, the address now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failedFrom(String address, Instant now) {
        if (address != null) {
            count(ADDRESS + address, rules.addressLockAfter(), now);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address, Instant now) {
        count(userKey(username), rules.lockAfter(), now);
        if (address != null) {
            count(ADDRESS + address, rules.addressLockAfter(), now);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(userKey(username)).update();
    }

    /**
     * Forgets failures older than a day that lock nothing any more, so guessed and mistyped usernames do not
     * pile up. Runs nightly, on one instance.
     */
    @Scheduled(cron = "${awards.login.purge-cron:0 30 3 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "login-throttle-purge", lockAtLeastFor = "PT5M")
    public void purgeStale() {
        int forgotten = purgeStale(clock.instant()); // one statement, a transaction of its own
        log.info("Sign-in throttle: {} stale failure count(s) forgotten", forgotten);
    }

    /** The same as of {@code now}; answers how many were forgotten. */
    @Transactional
    public int purgeStale(Instant now) {
        return jdbc.sql("""
                delete from login_throttle
                where last_failed_at < :dayAgo and (locked_until is null or locked_until < :now)""")
                .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** An administrator lifts the lock (and forgets the failures) of a username. */
    @Transactional
    public void unlock(String username) {
        succeeded(username);
    }

    /** Usernames locked now, with when the lock ends, for the administrator. */
    @Transactional(readOnly = true)
    public List<Lock> lockedUsernames(Instant now) {
        return jdbc.sql("""
                select substr(throttle_key, 6) as username, failures, locked_until from login_throttle
                where throttle_key like 'user:%' and locked_until > ? order by locked_until desc""")
                .param(Timestamp.from(now))
                .query((rs, i) -> new Lock(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Whether this username is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return row(userKey(username)).map(Row::lockedUntil).filter(until -> until != null && until.isAfter(now));
    }

    private void count(String key, int lockAfter, Instant now) {
        count(key, lockedRow(key, now), lockAfter, now);
    }

    /** The key's row, created when missing, locked until the end of the transaction. */
    private Row lockedRow(String key, Instant now) {
        jdbc.sql("insert into login_throttle (throttle_key, failures, last_failed_at) values (?, 0, ?) on conflict do nothing")
                .params(key, Timestamp.from(now)).update();
        return jdbc.sql("select failures, last_failed_at, locked_until from login_throttle where throttle_key = ? for update")
                .param(key).query((rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant())).single();
    }

    private void count(String key, Row row, int lockAfter, Instant now) {
        boolean lockOver = row.lockedUntil() != null && !row.lockedUntil().isAfter(now);
        boolean forgotten = row.lockedUntil() == null && row.lastFailedAt().plus(rules.lockDuration()).isBefore(now);
        int failures = lockOver || forgotten ? 1 : row.failures() + 1;
        Instant lockedUntil = failures >= lockAfter ? now.plus(rules.lockDuration()) : (lockOver ? null : row.lockedUntil());
        jdbc.sql("update login_throttle set failures = ?, last_failed_at = ?, locked_until = ? where throttle_key = ?")
                .params(failures, Timestamp.from(now), lockedUntil == null ? null : Timestamp.from(lockedUntil), key).update();
    }

    private Optional<Refusal> refusal(Row row, int freeFailures, int lockAfter, Instant now) {
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return Optional.of(new Refusal(true, Duration.between(now, row.lockedUntil())));
        }
        if (row.lockedUntil() == null && row.failures() >= freeFailures && row.failures() < lockAfter) {
            Instant next = row.lastFailedAt().plus(delay(row.failures() - freeFailures));
            if (next.isAfter(now)) {
                return Optional.of(new Refusal(false, Duration.between(now, next)));
            }
        }
        return Optional.empty();
    }

    /** 1 s after the first failure beyond the free ones, then doubling, up to the maximum. */
    Duration delay(int beyondFree) {
        Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree, 20));
        return delay.compareTo(rules.maxDelay()) > 0 ? rules.maxDelay() : delay;
    }

    private Optional<Row> row(String key) {
        return jdbc.sql("select failures, last_failed_at, locked_until from login_throttle where throttle_key = ?")
                .param(key).query((rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant())).optional();
    }

    private static String userKey(String username) {
        // what was typed, without NUL and other controls, which PostgreSQL would refuse in the key
        String name = username == null ? "" : PlainText.withoutControls(username).strip().toLowerCase(Locale.ROOT);
        return USER + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    private record Row(int failures, Instant lastFailedAt, Instant lockedUntil) {
    }

    /** Attempts are refused for {@code remaining}: a lock, or the wait before the next attempt. */
    public record Refusal(boolean locked, Duration remaining) {

        /** Whole minutes (at least 1) for a lock, whole seconds (at least 1) for a wait. */
        public long amount() {
            return locked ? Math.max(1, (remaining.getSeconds() + 59) / 60) : Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
        }
    }

    /** A locked username for the administrator's list. */
    public record Lock(String username, int failures, Instant until) {
    }
}
