package vn.gov.sonla.awards.common;

/**
 * How the entries of one cache are computed again in the background. A cache configured with
 * {@code awards.cache.<name>.refresh-after} keeps serving an entry older than that while one new computation runs
 * (Caffeine's {@code refreshAfterWrite}); those asking meanwhile get the entry in hand instead of waiting. An entry
 * nobody asked for within its {@code time-to-live} is gone and computed while the asker waits, as in every cache.
 */
public interface CacheRefresh {

    /** The cache whose entries this computes. */
    String cacheName();

    /** The value of a key computed now, from the key alone; no transaction or request is open. */
    Object recompute(Object key);
}
