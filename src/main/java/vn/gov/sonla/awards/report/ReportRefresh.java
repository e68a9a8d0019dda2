package vn.gov.sonla.awards.report;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.CacheRefresh;

/**
 * A kept report asked for once it is {@code awards.cache.reports.refresh-after} old is still shown, and computed again
 * here in the background: people opening the reports never wait for a computation that merely renews one they could
 * be shown. A report nobody opened within {@code awards.cache.reports.time-to-live} is computed while its asker waits.
 */
@Component
class ReportRefresh implements CacheRefresh {

    private final Reports reports;

    ReportRefresh(Reports reports) {
        this.reports = reports;
    }

    @Override
    public String cacheName() {
        return RecentReports.CACHE;
    }

    @Override
    public Object recompute(Object key) {
        return reports.compute((RecentReports.Key) key);
    }
}
