package vn.gov.sonla.awards.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The application's caches (Caffeine behind Spring's cache abstraction), each with its own size and lifetime read
 * from {@code awards.cache.<name>.*}. Only the caches configured there exist: a cache name that is not configured
 * fails where it is used instead of quietly becoming an unbounded cache that never expires.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CachingConfiguration.CacheProperties.class)
class CachingConfiguration {

    @Bean
    CaffeineCacheManager cacheManager(CacheProperties properties, ObjectProvider<CacheRefresh> refreshes) {
        CaffeineCacheManager caches = new CaffeineCacheManager();
        caches.setAllowNullValues(false); // nothing cached is ever null: a null is a bug, not a value to keep
        caches.setCacheNames(List.of()); // static: no cache made up on first use
        properties.cache().forEach((name, spec) -> caches.registerCustomCache(name, spec.refreshAfter() == null
                ? spec.caffeine().build()
                : spec.caffeine().refreshAfterWrite(spec.refreshAfter()).build(key -> refreshOf(refreshes, name).recompute(key))));
        return caches;
    }

    /** Found when first needed: the beans that compute entries again use the caches themselves. */
    private static CacheRefresh refreshOf(ObjectProvider<CacheRefresh> refreshes, String name) {
        return refreshes.orderedStream().filter(refresh -> refresh.cacheName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CacheRefresh for the cache " + name));
    }

    /** @param cache each cache by name ({@code awards.cache.reports.*}, {@code awards.cache.reference.*}) */
    @ConfigurationProperties("awards")
    record CacheProperties(Map<String, Spec> cache) {

        CacheProperties {
            cache = cache == null ? Map.of() : Map.copyOf(cache);
        }
    }

    /**
     * @param timeToLive   how long an entry is used after it was computed; then it is computed again
     * @param maximumSize  how many entries the cache keeps at most (the least useful go first)
     * @param refreshAfter optional, shorter than the time to live: an entry older than this that someone asks for is
     *                     still given while it is computed again in the background ({@link CacheRefresh})
     */
    record Spec(Duration timeToLive, long maximumSize, Duration refreshAfter) {

        Spec {
            if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero() || maximumSize <= 0) {
                throw new IllegalArgumentException("a cache needs a positive time-to-live and maximum-size");
            }
            if (refreshAfter != null && (refreshAfter.isNegative() || refreshAfter.isZero()
                    || refreshAfter.compareTo(timeToLive) >= 0)) {
                throw new IllegalArgumentException("a cache's refresh-after must be positive and below its time-to-live");
            }
        }

        /** A builder of such a cache; tests add a ticker to it to see entries expire without waiting. */
        Caffeine<Object, Object> caffeine() {
            return Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize);
        }
    }
}
