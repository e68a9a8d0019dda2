package vn.gov.sonla.awards.report;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.calendar.WorkingCalendarChanged;

/**
 * Keeps the report tallies compact (V61, V62): the database's triggers append a pending row for every change a
 * report counts, and this merges them into one row per cell every minute. Reports are right whether or not it has
 * run (they sum pending rows too); it only keeps them short to read.
 */
@Component
public class ReportTallies {

    private final JdbcClient jdbc;

    ReportTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every minute ({@code awards.reports.fold-interval}), on one instance at a time. */
    @Scheduled(initialDelayString = "${awards.reports.fold-interval:PT1M}", fixedDelayString = "${awards.reports.fold-interval:PT1M}")
    @SchedulerLock(name = "report-tallies")
    void scheduledFold() {
        fold(); // one statement: without the proxy's transaction it is a transaction of its own
    }

    /** Merges the pending rows, after a run already under way elsewhere if there is one. */
    @Transactional
    public void fold() {
        jdbc.sql("select awards_fold_report_tallies()").query().singleValue();
    }

    /**
     * Recomputes every tally from the dossiers and their history, holding them still meanwhile; needs the tables'
     * owner (it locks the history), so only migrations and tests call it.
     */
    @Transactional
    void rebuild() {
        jdbc.sql("select awards_rebuild_report_tallies()").query().singleValue();
    }

    /**
     * A change to the calendar moves the working days of the finished stage visits across the day it changed: they
     * are counted again, in the change's own transaction, so that the tally stays what a recount gives.
     */
    @EventListener
    void calendarChanged(WorkingCalendarChanged change) {
        jdbc.sql("select awards_recount_stage_visits_across(?, ?, ?)")
                .params(change.day(), change.deltaBefore(), change.deltaAfter()).query().singleValue();
    }
}
