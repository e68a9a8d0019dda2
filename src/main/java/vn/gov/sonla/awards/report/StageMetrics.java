package vn.gov.sonla.awards.report;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.gov.sonla.awards.common.Sampled;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStepTaken;

/**
 * The dossiers' path as metrics for the operators (Prometheus, on the management port): how many dossiers wait at
 * each timed stage now (the whole province, read from the tally the reports read), how many steps of each kind
 * this instance took and whether each handed the dossier over, and how long dossiers stayed at the stage they left
 * (a histogram, in wall-clock time; the reports give working days).
 */
@Component
class StageMetrics {

    static final String WAITING = "awards.dossiers.waiting";
    static final String STEPS = "awards.dossier.steps";
    static final String STAGE_DURATION = "awards.dossier.stage.duration";

    private static final Set<DossierStatus> TIMED_STAGES = DossierStatus.where(DossierStatus::isTimed);
    /** From an hour to a quarter: a stage's deadline is counted in working days, 10 by default. */
    private static final Duration[] BUCKETS = {Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1),
            Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7), Duration.ofDays(10),
            Duration.ofDays(14), Duration.ofDays(21), Duration.ofDays(30), Duration.ofDays(45), Duration.ofDays(60),
            Duration.ofDays(90)};

    private final JdbcClient jdbc;
    private final MeterRegistry registry;
    private final Sampled<Map<DossierStatus, Long>> waiting;
    private final Map<DossierStatus, Timer> durations = new EnumMap<>(DossierStatus.class);

    StageMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.waiting = Sampled.every(Duration.ofSeconds(15), this::readWaiting);
        for (DossierStatus stage : TIMED_STAGES) {
            Gauge.builder(WAITING, this, m -> m.waiting.get().getOrDefault(stage, 0L))
                    .description("Dossiers now at the stage, waiting on its party")
                    .tag("stage", stage.name()).tag("party", stage.party().name())
                    .register(registry);
            durations.put(stage, Timer.builder(STAGE_DURATION)
                    .description("Time a dossier spent at the stage, from entering it to the step that left it")
                    .tag("stage", stage.name())
                    .serviceLevelObjectives(BUCKETS)
                    .minimumExpectedValue(BUCKETS[0])
                    .maximumExpectedValue(BUCKETS[BUCKETS.length - 1])
                    .register(registry));
        }
    }

    /**
     * Counted once the step is committed: a step rolled back never happened. The time at the stage it left comes with
     * the step (when the dossier had entered it), so a step of a whole submission asks the database nothing here.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DossierStepTaken step) {
        if (step.action() == DossierAction.VIEW) {
            return;
        }
        boolean moved = step.from() != null && step.from() != step.to();
        Counter.builder(STEPS)
                .description("Steps taken on dossiers by this instance; hand_over: the step handed the dossier to another party")
                .tag("action", step.action().name())
                .tag("hand_over", String.valueOf(moved && step.to().isHandOver()))
                .register(registry).increment();
        Timer duration = moved ? durations.get(step.from()) : null;
        if (duration != null && step.fromStageSince() != null) {
            duration.record(Duration.between(step.fromStageSince(), step.occurredAt()));
        }
    }

    /** Dossiers at each timed stage, all programs: a sum over the tally (pending rows included) is exact. */
    private Map<DossierStatus, Long> readWaiting() {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        jdbc.sql("""
                select status, sum(n) from report_dossier_count
                 where status in (%s) group by status""".formatted(ReportConditions.inList(TIMED_STAGES)))
                .query((rs, i) -> counts.put(DossierStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }
}
