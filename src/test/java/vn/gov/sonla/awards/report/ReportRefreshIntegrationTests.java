package vn.gov.sonla.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import com.github.benmanes.caffeine.cache.Policy;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * A kept report past its refresh age is shown at once, and the next view shows the one computed meanwhile in the
 * background. The refresh age is made a nanosecond here instead of waiting a minute.
 */
@IntegrationTest
class ReportRefreshIntegrationTests {

    @Autowired Reports reports;
    @Autowired CacheManager caches;
    @Autowired Fixtures fixtures;

    Policy.FixedRefresh<Object, Object> refresh;
    Duration configured;

    @BeforeEach
    void refreshAtOnce() {
        caches.getCache(RecentReports.CACHE).clear();
        refresh = ((CaffeineCache) caches.getCache(RecentReports.CACHE)).getNativeCache().policy().refreshAfterWrite()
                .orElseThrow();
        configured = refresh.getRefreshesAfter();
        refresh.setRefreshesAfter(Duration.ofNanos(1));
    }

    @AfterEach
    void asConfigured() {
        refresh.setRefreshesAfter(configured);
        caches.getCache(RecentReports.CACHE).clear();
    }

    @Test
    void aKeptReportPastItsRefreshAgeIsShownWhileTheNextIsComputedInTheBackground() {
        Actor homeAffairs = fixtures.user("snv").actor();
        Report first = reports.build(homeAffairs, ReportFilter.everything());

        Report again = reports.build(homeAffairs, ReportFilter.everything());
        assertThat(again).as("the kept report, not one computed for this view").isSameAs(first);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(reports.build(homeAffairs, ReportFilter.everything())).isNotSameAs(first));
        Report renewed = reports.build(homeAffairs, ReportFilter.everything());
        assertThat(renewed.totals()).isEqualTo(first.totals());
        assertThat(renewed.byStage()).isEqualTo(first.byStage());
    }

    @Test
    void theReportsCacheRefreshesAfterAMinuteAndKeepsAReportTwo() {
        assertThat(configured).isEqualTo(Duration.ofMinutes(1));
        assertThat(((CaffeineCache) caches.getCache(RecentReports.CACHE)).getNativeCache().policy().expireAfterWrite()
                .orElseThrow().getExpiresAfter()).isEqualTo(Duration.ofMinutes(2));
    }
}
