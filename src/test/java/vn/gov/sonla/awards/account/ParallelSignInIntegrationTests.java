package vn.gov.sonla.awards.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guesses sent in parallel for one username get no more checks than guesses sent one after another:
 * the waits and the lock hold however many arrive at the same instant. The provider runs on a clock set by the
 * test, so "at the same instant" is exact.
 */
@IntegrationTest
class ParallelSignInIntegrationTests {

    static final int PARALLEL = 16;

    @Autowired AccountUserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;

    @Test
    void parallelWrongPasswordsAreCheckedNoMoreOftenThanTheWaitsAndTheLockAllow() throws Exception {
        String name = "songsong." + System.nanoTime();
        accounts.create(name, "đèo Pha Đin mây trắng", "Cán bộ Song Song", Role.CLERK, units.findByCode("MAISON").orElseThrow());
        Instant start = Instant.parse("2026-03-02T02:00:00Z");

        // at one instant: the free failures are checked, every other attempt must wait
        assertThat(checkedIn(name, start)).isEqualTo(3);

        // a burst a little over the longest wait later, again and again: one more check each time, until the lock
        int checked = 3;
        for (int i = 1; i <= 10; i++) {
            checked += checkedIn(name, start.plus(Duration.ofSeconds(61L * i)));
        }
        assertThat(checked).isEqualTo(10);
        assertThat(throttle.lockedUntil(name, start.plus(Duration.ofSeconds(61L * 10)))).isPresent();
    }

    /** 16 wrong passwords for the username, all at {@code now}: how many of them were checked. */
    private int checkedIn(String name, Instant now) throws Exception {
        AtomicInteger checks = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        var provider = new ThrottledAuthenticationProvider(users, counting, throttle, Clock.fixed(now, ZoneOffset.UTC));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String guess = "đoán sai " + i;
                attempts.add(pool.submit(() -> {
                    go.await();
                    try {
                        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, guess));
                        return true;
                    } catch (AuthenticationException refused) {
                        return false;
                    }
                }));
            }
            go.countDown();
            for (Future<Boolean> attempt : attempts) {
                assertThat(attempt.get()).isFalse();
            }
            return checks.get();
        } finally {
            pool.shutdown();
        }
    }
}
