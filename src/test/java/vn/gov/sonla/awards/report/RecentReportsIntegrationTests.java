package vn.gov.sonla.awards.report;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.benmanes.caffeine.cache.Cache;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * A report is computed once for its scope and filter while it is fresh: people asking at the same moment wait for
 * that one computation, the province-wide roles share it, and an administrator is refused before anything is cached.
 */
@IntegrationTest
class RecentReportsIntegrationTests {

    private static final int ASKERS = 6; // fewer than the test pool's 8 connections: each asker of build() holds one
    private static final AtomicLong UNIT = new AtomicLong(-1);

    @Autowired Reports reports;
    @Autowired RecentReports recent;
    @Autowired CacheManager caches;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void askersOfTheSameReportAtTheSameMomentWaitForOneComputation() throws Exception {
        Report report = reports.build(fixtures.user("syt").actor(), ReportFilter.everything());
        RecentReports.Key key = aKeyNobodyAskedFor();
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Supplier<Report> slowly = () -> {
            computations.incrementAndGet();
            computing.countDown();
            awaitQuietly(finish);
            return report;
        };

        AtomicReferenceArray<Report> answers = new AtomicReferenceArray<>(ASKERS);
        List<Thread> askers = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            int asker = i;
            askers.add(new Thread(() -> answers.set(asker, recent.get(key, slowly)), "asker-" + i));
        }
        askers.forEach(Thread::start);
        assertThat(computing.await(10, SECONDS)).isTrue();
        // all are in: one computing (waiting for the signal to finish), the others waiting for it
        await().atMost(Duration.ofSeconds(10)).until(() -> askers.stream().map(Thread::getState).allMatch(state ->
                state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING));
        finish.countDown();
        for (Thread asker : askers) {
            asker.join(10_000);
        }

        assertThat(computations).hasValue(1);
        for (int i = 0; i < ASKERS; i++) {
            assertThat(answers.get(i)).isSameAs(report);
        }
    }

    @Test
    void theProvinceWideRolesAskingAtOnceShareOneReportAndADepartmentHasItsOwn() throws Exception {
        long campaign = new ReportFixture(jdbc).campaignId;
        ReportFilter firstHalf = new ReportFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 6), campaign);
        ReportFilter backwards = new ReportFilter(YearMonth.of(2026, 6), YearMonth.of(2026, 1), campaign);
        List<CurrentUser> provinceWide = List.of(fixtures.user("snv"), fixtures.user("vpubnd"));
        assertThat(provinceWide).extracting(CurrentUser::role).containsExactly(Role.APPRAISER, Role.CHAIRMAN_OFFICE);

        CyclicBarrier together = new CyclicBarrier(ASKERS);
        AtomicReferenceArray<Report> answers = new AtomicReferenceArray<>(ASKERS);
        List<Thread> askers = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            int asker = i;
            askers.add(new Thread(() -> {
                awaitQuietly(together);
                answers.set(asker, reports.build(provinceWide.get(asker % 2).actor(), asker % 4 < 2 ? firstHalf : backwards));
            }, "asker-" + i));
        }
        askers.forEach(Thread::start);
        for (Thread asker : askers) {
            asker.join(30_000);
        }

        Report shared = answers.get(0);
        assertThat(shared.totals().dossiers()).isEqualTo(4);
        for (int i = 0; i < ASKERS; i++) {
            assertThat(answers.get(i)).as("asker %d", i).isSameAs(shared);
        }
        Report department = reports.build(fixtures.user("syt").actor(), firstHalf);
        assertThat(department).isNotSameAs(shared);
        assertThat(reports.build(fixtures.user("syt").actor(), backwards)).isSameAs(department);
    }

    @Test
    void anAdministratorIsRefusedBeforeAnythingIsCached() {
        ReportFilter filter = new ReportFilter(null, null, new ReportFixture(jdbc).campaignId);

        assertThatThrownBy(() -> reports.build(fixtures.user("admin").actor(), filter)).isInstanceOf(ForbiddenException.class);

        assertThat(cachedReports().asMap().keySet()).noneMatch(k -> ((RecentReports.Key) k).filter().equals(filter));
    }

    @Test
    void aFailedComputationReachesItsAskerAndIsNotKept() {
        RecentReports.Key key = aKeyNobodyAskedFor();
        IllegalStateException failure = new IllegalStateException("the database went away");

        assertThatThrownBy(() -> recent.get(key, () -> {
            throw failure;
        })).isSameAs(failure);

        Report report = reports.build(fixtures.user("syt").actor(), ReportFilter.everything());
        assertThat(recent.get(key, () -> report)).isSameAs(report);
    }

    private static RecentReports.Key aKeyNobodyAskedFor() {
        return new RecentReports.Key(Role.CLERK, UNIT.getAndDecrement(), ReportFilter.everything());
    }

    @SuppressWarnings("unchecked")
    private Cache<Object, Object> cachedReports() {
        return (Cache<Object, Object>) caches.getCache(RecentReports.CACHE).getNativeCache();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(30, SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
