package vn.gov.sonla.awards.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import com.github.benmanes.caffeine.cache.Policy;

import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The caches are those of {@code awards.cache.*}, each with its own size and lifetime, and an entry is computed
 * again once its time to live has passed (time is a fake ticker here, so nothing waits).
 */
@IntegrationTest
class CachingConfigurationIntegrationTests {

    @Autowired CacheManager caches;
    @Autowired CachingConfiguration.CacheProperties properties;

    @Test
    void eachConfiguredCacheHasItsOwnSizeAndLifetimeAndNoOtherCacheExists() {
        assertThat(properties.cache()).containsOnlyKeys("reports", "home", "reference", "calendar", "documents");
        assertThat(caches.getCacheNames()).containsExactlyInAnyOrderElementsOf(properties.cache().keySet());
        properties.cache().forEach((name, spec) -> {
            Policy<Object, Object> policy = ((CaffeineCache) caches.getCache(name)).getNativeCache().policy();
            assertThat(policy.expireAfterWrite().orElseThrow().getExpiresAfter()).as(name).isEqualTo(spec.timeToLive());
            assertThat(policy.eviction().orElseThrow().getMaximum()).as(name).isEqualTo(spec.maximumSize());
            assertThat(policy.refreshAfterWrite().map(Policy.FixedRefresh::getRefreshesAfter)).as(name)
                    .isEqualTo(java.util.Optional.ofNullable(spec.refreshAfter()));
        });
        assertThat(caches.getCache("misspelt")).isNull();
    }

    @Test
    void anEntryIsComputedAgainOnceItsTimeToLiveHasPassed() {
        properties.cache().forEach((name, spec) -> {
            AtomicLong nanos = new AtomicLong();
            Cache cache = new CaffeineCache(name, spec.caffeine().ticker(nanos::get).build(), false);
            AtomicInteger computations = new AtomicInteger();

            assertThat(cache.get("key", computations::incrementAndGet)).isEqualTo(1);
            nanos.addAndGet(spec.timeToLive().minus(Duration.ofNanos(1)).toNanos());
            assertThat(cache.get("key", computations::incrementAndGet)).as(name + " just before").isEqualTo(1);
            nanos.addAndGet(1);
            assertThat(cache.get("key", computations::incrementAndGet)).as(name + " at its time to live").isEqualTo(2);
        });
    }
}
