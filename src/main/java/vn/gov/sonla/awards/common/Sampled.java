package vn.gov.sonla.awards.common;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A figure read from the database for the metrics endpoint, read again at most once per period: every gauge of one
 * query shares one reading, and a scraper asking often (or two of them) costs one query per period.
 */
public final class Sampled<T> {

    private final Supplier<T> reading;
    private final long periodNanos;
    private T value;
    private long readAt;

    private Sampled(Supplier<T> reading, Duration period) {
        this.reading = reading;
        this.periodNanos = period.toNanos();
    }

    public static <T> Sampled<T> every(Duration period, Supplier<T> reading) {
        return new Sampled<>(reading, period);
    }

    /** The last reading, or a new one when the last is older than the period. */
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt >= periodNanos) {
            value = reading.get();
            readAt = now;
        }
        return value;
    }
}
