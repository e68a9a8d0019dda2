package vn.gov.sonla.awards.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.StageDeadlines;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.report.Report.Overdue;
import vn.gov.sonla.awards.report.Report.StageTime;

/**
 * The timeliness part of a report: how long dossiers stay at each stage (median and 90th percentile in working
 * days, by compiling department) and which dossiers now wait longer than their campaign allows. Whole programs are
 * read from the tallies of stage visits and of waiting dossiers (V61, V62); a unit's from its own dossiers.
 */
@Component
class Timeliness {

    /** The stages whose time is measured, in the order of the path. */
    private static final Set<DossierStatus> TIMED_STAGES = DossierStatus.where(DossierStatus::isTimed);

    private final JdbcClient jdbc;
    private final StageDeadlines deadlines;
    private final Clock clock;

    Timeliness(JdbcClient jdbc, StageDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Time spent at each stage by the dossiers of a scope and filter. */
    List<StageTime> stageTimes(ReportScope scope, ReportFilter filter) {
        List<Visits> visits = new java.util.ArrayList<>(scope.tallied() ? talliedStageVisits(scope, filter)
                : stageVisits(ReportConditions.ofDossiers(scope, filter)));
        if (scope.submissionCondition() != null) {
            visits.addAll(signingVisits(scope, filter));
        }
        return stageTimes(visits);
    }

    /**
     * The waits for a leader's signature, as stages of their own: the department's Tờ trình, Home Affairs' report and
     * the chairman's decision, each from its (last) presentation to its signature, for the submissions in the scope
     * that hold a dossier of the filter.
     */
    private List<Visits> signingVisits(ReportScope scope, ReportFilter filter) {
        ReportConditions dossiers = ReportConditions.ofDossiers(scope, filter);
        return jdbc.sql("""
                select s.department_unit_id as department, k.stage,
                       awards_working_days((k.presented at time zone 'Asia/Ho_Chi_Minh')::date,
                                           (k.signed at time zone 'Asia/Ho_Chi_Minh')::date) as working_days,
                       count(*) as visits
                  from submission s
                 cross join lateral (values ('SIGNING_SUBMISSION', s.presented_at, s.signed_at),
                                            ('SIGNING_REPORT', s.report_presented_at, s.report_signed_at),
                                            ('SIGNING_DECISION', s.decision_presented_at, s.decision_signed_at))
                       as k (stage, presented, signed)
                 where k.presented is not null and k.signed is not null and %s
                   and exists (select 1 from dossier d join campaign c on c.id = d.campaign_id
                                where d.submission_id = s.id and %s)
                 group by 1, 2, 3
                """.formatted(scope.submissionCondition(), dossiers.sql()))
                .params(dossiers.params()).query(Visits.class).list();
    }

    /** The waits for a signature shown among the stages, each after the stage its document closes. */
    static final Map<String, DossierStatus> SIGNING_STAGES = Map.of(
            "SIGNING_SUBMISSION", DossierStatus.ACCEPTED,
            "SIGNING_REPORT", DossierStatus.APPRAISED,
            "SIGNING_DECISION", DossierStatus.APPROVED);

    /** Where a stage (a dossier's, or a wait for a signature) stands in the order of the path. */
    static int position(String stage) {
        DossierStatus after = SIGNING_STAGES.get(stage);
        return after != null ? after.ordinal() * 2 + 1 : DossierStatus.valueOf(stage).ordinal() * 2;
    }

    /** How many dossiers of a scope (any filing month) wait longer than their deadline, for a home page. */
    long overdueCount(ReportScope scope) {
        if (!scope.tallied()) {
            return overdue(scope, ReportFilter.everything(), Map.of()).stream().mapToLong(Overdue::count).sum();
        }
        ReportConditions tally = ReportConditions.ofTallies(scope, ReportFilter.everything());
        // a sum over every row of the range, pending ones included, is the exact number of overdue dossiers
        return jdbc.sql(overdueBound() + """
                select coalesce(sum(t.n), 0)
                  from bound
                  join report_waiting t on t.campaign_id = bound.campaign_id and t.status = bound.status
                                       and t.entered_on < bound.entered_before
                  join campaign c on c.id = t.campaign_id
                 where\s""" + tally.sql())
                .params(tally.params()).param("today", today()).query(Long.class).single();
    }

    /** Visits of each stage by compiling department and whole working days, from the tally of stage visits. */
    private List<Visits> talliedStageVisits(ReportScope scope, ReportFilter filter) {
        ReportConditions where = ReportConditions.ofTallies(scope, filter);
        return jdbc.sql("""
                select c.compiling_unit_id as department, t.stage, t.working_days, sum(t.visits) as visits
                  from report_stage_time t
                  join campaign c on c.id = t.campaign_id
                 where %s and t.stage in (%s)
                 group by 1, 2, 3
                having sum(t.visits) <> 0
                """.formatted(where.sql(), ReportConditions.inList(TIMED_STAGES)))
                .params(where.params()).query(Visits.class).list();
    }

    /**
     * The same visits counted from the history of the dossiers in a unit's scope. The working days are counted once
     * for each pair of days a stage was entered and left, not for each visit: a unit's visits share far fewer pairs.
     */
    private List<Visits> stageVisits(ReportConditions where) {
        return jdbc.sql("""
                with ev as (
                    select c.compiling_unit_id as department, e.to_status as stage, e.occurred_at,
                           lead(e.occurred_at) over (partition by e.dossier_id order by e.id) as left_at
                      from dossier d
                      join campaign c on c.id = d.campaign_id
                      join dossier_event e on e.dossier_id = d.id
                     where %s and e.from_status is distinct from e.to_status),
                visit as (
                    select department, stage, (occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as entered_on,
                           (left_at at time zone 'Asia/Ho_Chi_Minh')::date as left_on, count(*) as visits
                      from ev
                     where left_at is not null and stage in (%s)
                     group by 1, 2, 3, 4)
                select department, stage, awards_working_days(entered_on, left_on) as working_days,
                       sum(visits)::bigint as visits
                  from visit
                 group by 1, 2, 3
                """.formatted(where.sql(), ReportConditions.inList(TIMED_STAGES)))
                .params(where.params()).query(Visits.class).list();
    }

    /** How many visits of a stage, at one department's programs, lasted a number of whole working days. */
    record Visits(long department, String stage, int workingDays, long visits) {
    }

    /**
     * Median and 90th percentile of the whole working days between entering a stage and leaving it, by compiling
     * department and for all departments together, as PostgreSQL's {@code percentile_cont} would give them over
     * the visits: the visits come counted by their number of days, so the percentiles are exact. A stage not yet
     * left is not counted here: it is in the overdue figures when it is late.
     */
    private List<StageTime> stageTimes(List<Visits> visits) {
        Map<Long, String> departments = unitNames(visits.stream().map(Visits::department).distinct().toList());
        Map<List<Object>, TreeMap<Integer, Long>> histograms = new HashMap<>();
        for (Visits v : visits) {
            for (Object department : new Object[] {v.department(), ""}) {
                histograms.computeIfAbsent(List.of(department, v.stage()), k -> new TreeMap<>())
                        .merge(v.workingDays(), v.visits(), Long::sum);
            }
        }
        return histograms.entrySet().stream()
                .map(e -> {
                    Object department = e.getKey().get(0);
                    long count = e.getValue().values().stream().mapToLong(Long::longValue).sum();
                    return new StageTime(department instanceof Long id ? departments.get(id) : null,
                            (String) e.getKey().get(1), count, round1(percentile(e.getValue(), count, 0.5)),
                            round1(percentile(e.getValue(), count, 0.9)));
                })
                .sorted(Comparator.comparing((StageTime t) -> t.department() == null ? "" : t.department())
                        .thenComparingInt(t -> position(t.stage())))
                .toList();
    }

    /** {@code percentile_cont(p)} of {@code count} values given as value → how many times it occurs. */
    static double percentile(TreeMap<Integer, Long> histogram, long count, double p) {
        double position = p * (count - 1);
        long below = (long) Math.floor(position);
        int lower = valueAt(histogram, below);
        int upper = valueAt(histogram, (long) Math.ceil(position));
        return lower + (position - below) * (upper - lower);
    }

    /** The value at a 0-based rank of the sorted values. */
    private static int valueAt(TreeMap<Integer, Long> histogram, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (rank < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen);
    }

    /**
     * Dossiers waiting in a stage for more working days (as the calendar has them) than their campaign allows it. For each
     * campaign and stage the first day a dossier may have entered the stage without being late is computed once
     * ({@code awards_working_day_back}; the CTE is materialized, else the planner inlines it and computes the bound
     * again for every row it reads); the overdue dossiers are those that entered it before that day.
     * <p>
     * A scope of whole programs reads them from the tally of waiting dossiers by the day they entered their stage
     * (V62): a few thousand rows, however many dossiers are late. Pending rows may be negative, so the rows of each
     * campaign, stage and day are summed first and only the days where some dossier still waits count for the
     * longest wait. A unit's own dossiers are few: they are an index range on (campaign, stage, since when).
     */
    List<Overdue> overdue(ReportScope scope, ReportFilter filter, Map<Long, String> departmentNames) {
        ReportConditions scoped = scope.tallied() ? ReportConditions.ofTallies(scope, filter) : ReportConditions.ofDossiers(scope, filter);
        String sql = overdueBound() + (scope.tallied() ? """
                , waiting as (
                    select t.campaign_id, t.status, t.entered_on, sum(t.n) as n
                      from bound
                      join report_waiting t on t.campaign_id = bound.campaign_id and t.status = bound.status
                                           and t.entered_on < bound.entered_before
                      join campaign c on c.id = t.campaign_id
                     where %s
                     group by t.campaign_id, t.status, t.entered_on
                    having sum(t.n) > 0)
                select w.status, c.compiling_unit_id as department, sum(w.n) as n,
                       awards_working_days(min(w.entered_on), :today) as longest
                  from waiting w
                  join campaign c on c.id = w.campaign_id
                 group by w.status, c.compiling_unit_id
                """ : """
                select d.status, c.compiling_unit_id as department, count(*) as n,
                       awards_working_days((min(d.status_changed_at) at time zone 'Asia/Ho_Chi_Minh')::date, :today) as longest
                  from bound
                  join dossier d on d.campaign_id = bound.campaign_id and d.status = bound.status
                                and d.status_changed_at < bound.entered_before::timestamp at time zone 'Asia/Ho_Chi_Minh'
                  join campaign c on c.id = d.campaign_id
                 where %s
                 group by d.status, c.compiling_unit_id
                """).formatted(scoped.sql());
        return jdbc.sql(sql).params(scoped.params()).param("today", today())
                .query((rs, n) -> new Overdue(rs.getString("status"), departmentNames.get(rs.getLong("department")),
                        rs.getLong("n"), rs.getInt("longest"))).list().stream()
                .sorted(Comparator.comparing((Overdue o) -> DossierStatus.valueOf(o.stage()))
                        .thenComparing(o -> o.department() == null ? "" : o.department()))
                .toList();
    }

    /**
     * For each campaign and stage with a deadline, {@code entered_before}: a dossier that entered the stage before
     * that day (in Sơn La) has waited more working days than the deadline by {@code :today}. Sơn La keeps UTC+7
     * all year, so that is both {@code status_changed_at < entered_before::timestamp at time zone 'Asia/Ho_Chi_Minh'}
     * and {@code entered_on < entered_before} for the day the tally records. The stages are those where a deadline
     * runs, the very stages whose dossiers the tally of waiting dossiers keeps (its trigger reads them from the table
     * {@code dossier_stage}, which a test holds equal to {@link DossierStatus}).
     */
    private String overdueBound() {
        return """
                with stage(status) as (values %s),
                bound as materialized (
                    select c.id as campaign_id, stage.status, awards_working_day_back(:today, %s + 1) as entered_before
                      from campaign c cross join stage)
                """.formatted(StageDeadlines.STAGES.stream().map(s -> "('" + s.name() + "')").collect(Collectors.joining(", ")),
                deadlines.sql("stage.status", "c"));
    }

    /** Today in Sơn La. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ProvinceTime.ZONE);
    }

    private Map<Long, String> unitNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from unit where id in (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        return names;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
