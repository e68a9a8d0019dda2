package vn.gov.sonla.awards.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The small lists of reference data that busy pages show as filter and form choices (open campaigns, award forms,
 * districts): read once and reused instead of once per page view (at national scale these lists cost
 * more than the page's own rows). Every administrator's change empties the cache once it is committed
 * ({@link ReferenceDataChanged}); a list is also read again after {@link #FRESH_FOR}, since whether a campaign
 * receives dossiers depends on the day. Values must be immutable.
 */
@Component
public class ReferenceCache {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** The cached value of a key, or the source's value (kept unless reference data changed meanwhile). */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> source) {
        long current = generation.get();
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && entry.until().isAfter(now)) {
            return (T) entry.value();
        }
        T value = source.get();
        if (generation.get() == current) {
            entries.put(key, new Entry(value, current, now.plus(FRESH_FOR)));
        }
        return value;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ReferenceDataChanged event) {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry(Object value, long generation, Instant until) {
    }
}
