package vn.gov.sonla.awards.report;

import java.util.function.Supplier;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.calendar.WorkingCalendarChanged;

/**
 * The reports computed lately, in the cache {@value #CACHE} ({@code awards.cache.reports.*}): one computation for a
 * scope and filter while it is fresh, whoever asks, and those who ask while it is being computed wait for it
 * ({@code sync}) instead of each starting their own. A report past its refresh age is still given while
 * {@link ReportRefresh} computes the next. A bean of its own so that {@link Reports} calls it through the caching
 * proxy.
 */
@Component
class RecentReports {

    static final String CACHE = "reports";

    @Cacheable(cacheNames = CACHE, key = "#key", sync = true)
    Report get(Key key, Supplier<Report> computation) {
        return computation.get();
    }

    /** Working days counted with the calendar before its change are not shown once the change is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void calendarChanged(WorkingCalendarChanged change) {
        // the annotation empties the cache
    }

    /**
     * What makes two reports the same: the scope (a role and its unit, or nothing for the province-wide roles, who
     * all see the same figures) and the filter, normalised.
     */
    record Key(Role role, long unitId, ReportFilter filter) {
    }
}
