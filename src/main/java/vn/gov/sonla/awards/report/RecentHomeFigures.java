package vn.gov.sonla.awards.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.calendar.WorkingCalendarChanged;
import vn.gov.sonla.awards.common.ReferenceDataChanged;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStepTaken;
import vn.gov.sonla.awards.report.Reports.HomeFigures;

/**
 * The home pages' figures computed lately, and a department's counts by stage, in the cache {@value #CACHE}
 * ({@code awards.cache.home.*}): one computation per role and unit and day, and those who open their home page while
 * it is computed wait for it ({@code sync}). At national scale the figures read thousands of tally rows and the
 * month's certificates: tens of milliseconds of the database on every home page otherwise.
 * <p>
 * A figure never lags a change this instance committed: every step taken on a dossier, every change to the
 * calendar or to the reference data (a campaign's deadlines) starts a new generation, and a key of an older
 * generation is never asked for again. A computation that was running while the change was committed is kept under
 * the generation it started in, so it is not served either. Another instance's changes are seen once the entry's
 * lifetime is over.
 */
@Component
class RecentHomeFigures {

    static final String CACHE = "home";

    private final AtomicLong generation = new AtomicLong();

    @Cacheable(cacheNames = CACHE, key = "#key", sync = true)
    HomeFigures get(Key key, Supplier<HomeFigures> computation) {
        return computation.get();
    }

    /** A department's dossiers by stage, read from the tally, kept like the figures beside them. */
    @Cacheable(cacheNames = CACHE, key = "{'stages', #key}", sync = true)
    Map<DossierStatus, Long> stageCounts(Key key, Supplier<Map<DossierStatus, Long>> computation) {
        return computation.get();
    }

    /** The key of a person's figures now: their role and unit (the queue depends on both), and the day. */
    Key keyOf(Actor user, LocalDate today) {
        return new Key(generation.get(), user.role(), user.unitId(), today);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void stepTaken(DossierStepTaken step) {
        if (step.action() != DossierAction.VIEW) {
            generation.incrementAndGet();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void calendarChanged(WorkingCalendarChanged change) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void referenceDataChanged(ReferenceDataChanged change) {
        generation.incrementAndGet();
    }

    record Key(long generation, Role role, long unitId, LocalDate today) {
    }
}
