package vn.gov.sonla.awards.common;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The small lists of reference data that busy pages show as filter and form choices (open campaigns, award forms,
 * districts): read once and reused instead of once per page view (at national scale these lists cost
 * more than the page's own rows). They are kept in the cache {@value #CACHE} ({@code awards.cache.reference.*}):
 * every administrator's change empties it once the change is committed ({@link ReferenceDataChanged}), and a list is
 * also read again after the cache's time to live, since whether a campaign receives dossiers depends on the day.
 */
@Component
public class ReferenceCache {

    static final String CACHE = "reference";

    private final Cache lists;
    /**
     * Counts the changes, and is part of every key: a list still being read when a change commits is not in the
     * cache yet, so emptying the cache cannot remove it (Caffeine's invalidateAll skips loads in flight); it is
     * stored under the previous count, where nobody looks any more.
     */
    private final AtomicLong changes = new AtomicLong();

    ReferenceCache(CacheManager caches) {
        this.lists = Objects.requireNonNull(caches.getCache(CACHE), "no cache " + CACHE + " in awards.cache");
    }

    /**
     * The cached list of that name, or the source's list, kept as an unmodifiable copy. People asking for the same
     * list at the same time wait for one reading of it.
     */
    public <T> List<T> list(String name, Supplier<? extends Collection<? extends T>> source) {
        return lists.get(new Key(changes.get(), name), () -> List.<T>copyOf(source.get()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ReferenceDataChanged event) {
        changes.incrementAndGet();
        lists.clear();
    }

    private record Key(long changes, String name) {
    }
}
