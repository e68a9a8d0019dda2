package vn.gov.sonla.awards.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStatus.Party;
import vn.gov.sonla.awards.report.Report.Grassroots;
import vn.gov.sonla.awards.report.Report.Overdue;
import vn.gov.sonla.awards.report.Report.Row;
import vn.gov.sonla.awards.report.Report.Totals;

/**
 * Computes the movement's results in PostgreSQL: every breakdown in one pass of grouping sets, over the tallies for
 * whole programs or over a unit's own dossiers; stage durations and overdue dossiers come from {@link Timeliness}.
 * Only aggregated rows come back to Java (a few per breakdown), never the dossiers themselves.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** Every stage, in the order of the path (the order of DossierStatus). */
    private static final List<String> STAGE_ORDER = java.util.Arrays.stream(DossierStatus.values()).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final Clock clock;

    private final Timeliness timeliness;
    private final RecentReports recent;
    private final RecentHomeFigures recentHome;
    private final PrizeMoneyReport prizeMoney;

    Reports(JdbcClient jdbc, Timeliness timeliness, RecentReports recent, RecentHomeFigures recentHome,
            PrizeMoneyReport prizeMoney, Clock clock) {
        this.jdbc = jdbc;
        this.timeliness = timeliness;
        this.recent = recent;
        this.recentHome = recentHome;
        this.prizeMoney = prizeMoney;
        this.clock = clock;
    }

    /**
     * The report for a person's scope and a filter. A report computed lately for the same scope and filter is reused
     * (the page shows when it was computed), and people asking at the same moment wait for one computation instead
     * of each starting their own: a report reads every dossier in its scope, which at national scale takes
     * seconds, not milliseconds ({@link RecentReports}).
     */
    Report build(Actor user, ReportFilter requested) {
        ReportFilter filter = requested.normalised();
        ReportScope.of(user); // refuses administrators before anything is cached
        boolean provinceWide = user.role() == Role.APPRAISER || user.role() == Role.CHAIRMAN_OFFICE;
        var key = new RecentReports.Key(provinceWide ? null : user.role(), provinceWide ? 0 : user.unitId(), filter);
        return recent.get(key, () -> compute(key));
    }

    Report compute(RecentReports.Key kept) { // also in the background, when a kept report is a minute old
        ReportScope scope = kept.role() == null ? ReportScope.of(Role.APPRAISER, null) : ReportScope.of(kept.role(), kept.unitId());
        ReportFilter filter = kept.filter();
        Map<String, List<Object[]>> groups = scope.tallied() ? talliedBreakdowns(scope, filter)
                : breakdowns(ReportConditions.ofDossiers(scope, filter));
        Map<Long, String> campaignNames = names("select id, short_name as name from campaign");
        Map<Long, String[]> awardForms = new HashMap<>();
        jdbc.sql("select id, name, award_level from award_form").query((rs, n) ->
                awardForms.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)})).list();

        Object[] total = groups.getOrDefault("total", List.<Object[]>of()).stream().findFirst()
                .orElse(new Object[] {null, 0L, 0L, 0L, 0L, 0L, 0L, 0L});
        Map<String, Long> stageCounts = counts(groups.get("status"));
        Totals totals = new Totals(l(total[1]), l(total[2]), l(total[1]) - l(total[2]), l(total[3]), l(total[4]),
                l(total[5]), stageCounts.getOrDefault("GRANTED", 0L), stageCounts.getOrDefault("PROPOSED_TO_CENTRAL", 0L),
                decidedBetween(scope, filter.firstDay(), filter.lastDay(), filter.campaignId()));

        List<Row> byCampaign = rowsByCount(groups.get("campaign"), key -> campaignNames.get(Long.valueOf(key)));
        List<Row> byStage = new ArrayList<>();
        for (String stage : STAGE_ORDER) {
            if (stageCounts.containsKey(stage)) {
                byStage.add(new Row("status." + stage, null, stageCounts.get(stage)));
            }
        }
        List<Row> byAwardForm = rowsByCount(groups.get("award_form"), key -> awardForms.get(Long.valueOf(key))[0]);
        Map<String, Long> levels = new TreeMap<>(Comparator.comparing(level -> List.of("STATE", "PROVINCIAL", "GRASSROOTS").indexOf(level)));
        for (Map.Entry<String, Long> e : counts(groups.get("award_form")).entrySet()) {
            levels.merge(awardForms.get(Long.valueOf(e.getKey()))[1], e.getValue(), Long::sum);
        }
        List<Row> byLevel = levels.entrySet().stream().map(e -> new Row("reports.level." + e.getKey(), null, e.getValue())).toList();
        List<Row> byNomineeType = counts(groups.get("nominee_type")).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .map(e -> new Row("nomineeType." + e.getKey(), null, e.getValue())).toList();

        Set<Long> unitIds = new java.util.HashSet<>();
        for (String dim : List.of("district", "unit")) {
            counts(groups.get(dim)).keySet().stream().filter(k -> k != null).forEach(k -> unitIds.add(Long.valueOf(k)));
        }
        Map<Long, String> unitNames = unitNames(unitIds);
        List<Row> byDistrict = new ArrayList<>();
        long provincial = 0;
        for (Map.Entry<String, Long> e : counts(groups.get("district")).entrySet()) {
            if (e.getKey() == null) {
                provincial = e.getValue();
            } else {
                byDistrict.add(new Row(null, unitNames.get(Long.valueOf(e.getKey())), e.getValue()));
            }
        }
        byDistrict.sort(Comparator.comparing(Row::count).reversed().thenComparing(Row::label));
        if (provincial > 0) {
            byDistrict.add(new Row("reports.provincialLevel", null, provincial));
        }
        List<Row> byUnit = rowsByCount(groups.get("unit"), key -> unitNames.get(Long.valueOf(key)));
        if (byUnit.size() > Report.UNIT_ROWS) {
            byUnit = byUnit.subList(0, Report.UNIT_ROWS);
        }
        List<Row> byMonth = counts(groups.get("month")).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Row(null, e.getKey().substring(5) + "/" + e.getKey().substring(0, 4), e.getValue())).toList();

        List<Overdue> overdue = timeliness.overdue(scope, filter, unitNames(campaignDepartments()));
        return new Report(filter, filter.campaignId() == null ? null : campaignNames.get(filter.campaignId()),
                clock.instant(), totals, byCampaign, byStage, byAwardForm, byLevel, byNomineeType, byDistrict, byUnit,
                byMonth, grassroots(scope, filter),
                timeliness.stageTimes(scope, filter), overdue,
                overdue.stream().mapToLong(Overdue::count).sum(), prizeMoney.of(scope, filter));
    }

    /**
     * The few figures of a home page: the dossiers waiting for the person's own action, those overdue in their
     * scope, and their scope's dossiers decided this month. Computed once per role, unit and day until a change is
     * committed ({@link RecentHomeFigures}); a scope of whole programs reads the tallies (V61, V62) and the month's
     * decisions, never its dossiers.
     */
    public HomeFigures homeFigures(Actor user) {
        ReportScope scope = ReportScope.of(user); // refuses administrators before anything is cached
        return recentHome.get(recentHome.keyOf(user, today()), () -> computeHomeFigures(user, scope));
    }

    private HomeFigures computeHomeFigures(Actor user, ReportScope scope) {
        String queue = ReportConditions.inList(DossierStatus.waitingOn(Party.of(user.role())));
        java.time.YearMonth month = thisMonth();
        long decided = decidedBetween(scope, month.atDay(1), month.atEndOfMonth(), null);
        if (!scope.tallied()) {
            ReportConditions where = ReportConditions.ofDossiers(scope, ReportFilter.everything());
            long waiting = jdbc.sql("select count(*) from dossier d join campaign c on c.id = d.campaign_id where "
                            + where.sql() + " and d.status in (" + queue + ")")
                    .params(where.params()).query(Long.class).single();
            return new HomeFigures(waiting, timeliness.overdueCount(scope), decided);
        }
        ReportConditions tally = ReportConditions.ofTallies(scope, ReportFilter.everything());
        long waiting = jdbc.sql("select coalesce(sum(t.n), 0) from report_dossier_count t join campaign c on c.id = t.campaign_id where "
                        + tally.sql() + " and t.status in (" + queue + ")")
                .params(tally.params()).query(Long.class).single();
        return new HomeFigures(waiting, timeliness.overdueCount(scope), decided);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ProvinceTime.ZONE);
    }

    /** The month of the province's calendar that today is in: the home page's "decided this month". */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public java.time.YearMonth thisMonth() {
        return java.time.YearMonth.from(today());
    }

    /**
     * The awards granted by the decisions issued from one day to another (either open) on a scope's dossiers, of one
     * campaign or of all: the certificates those decisions issued. A unit's own dossiers are few; a scope of whole
     * programs starts from the decisions by their date (an index) and reaches the dossiers only to tell a campaign.
     */
    private long decidedBetween(ReportScope scope, LocalDate first, LocalDate last, Long campaignId) {
        StringBuilder sql = new StringBuilder(scope.tallied() ? """
                select count(*)
                  from award_decision ad
                  join submission s on s.id = ad.submission_id
                  join certificate ce on ce.decision_id = ad.id
                """ + (campaignId == null ? "" : " join dossier d on d.id = ce.dossier_id\n")
                + " where " + scope.submissionCondition() : """
                select count(*)
                  from dossier d
                  join certificate ce on ce.dossier_id = d.id
                  join award_decision ad on ad.id = ce.decision_id
                  join campaign c on c.id = d.campaign_id
                 where\s""" + scope.dossierCondition());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (first != null) {
            sql.append(" and ad.issued_on >= :firstDay");
            params.put("firstDay", first);
        }
        if (last != null) {
            sql.append(" and ad.issued_on <= :lastDay");
            params.put("lastDay", last);
        }
        if (campaignId != null) {
            sql.append(" and d.campaign_id = :campaignId");
            params.put("campaignId", campaignId);
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /**
     * How many dossiers of a department's programs are at each stage (drafts excluded, as in its queue), from the
     * tally: the home page of a department at national scale would otherwise group hundreds of thousands of rows.
     */
    public Map<DossierStatus, Long> stageCounts(Actor staff) {
        ReportScope scope = ReportScope.of(staff);
        if (!scope.tallied()) {
            throw new IllegalArgumentException("stage counts from the tallies are for whole programs");
        }
        return recentHome.stageCounts(recentHome.keyOf(staff, today()), () -> talliedStageCounts(scope));
    }

    private Map<DossierStatus, Long> talliedStageCounts(ReportScope scope) {
        Map<DossierStatus, Long> counts = new java.util.EnumMap<>(DossierStatus.class);
        jdbc.sql("""
                select t.status, sum(t.n) as n
                  from report_dossier_count t
                  join campaign c on c.id = t.campaign_id
                 where %s and t.status not in ('DRAFT', 'AT_UNIT_HEAD')
                 group by t.status
                having sum(t.n) <> 0""".formatted(scope.campaignCondition())).params(scope.params())
                .query((rs, i) -> counts.put(DossierStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return java.util.Collections.unmodifiableMap(counts); // kept and shared: in the order of the path, read-only
    }

    /** What a home page shows first. */
    public record HomeFigures(long queue, long overdue, long decidedThisMonth) {
    }

    /**
     * Every breakdown in one scan of the scoped dossiers. Rows: [key, count, individuals, frontline individuals,
     * women among individuals, posthumous], grouped by the breakdown's name.
     */
    private Map<String, List<Object[]>> breakdowns(ReportConditions where) {
        String sql = """
                with s as (
                    select d.campaign_id, d.status, awards_effective_award_form_id(d) as award_form_id, d.nominee_type, d.unit_id,
                           case when u.unit_type = 'DISTRICT' then u.id when p.unit_type = 'DISTRICT' then p.id end as district_id,
                           to_char(d.created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month,
                           d.nominee_gender, d.frontline, d.posthumous
                      from dossier d
                      join campaign c on c.id = d.campaign_id
                      join unit u on u.id = d.unit_id
                      left join unit p on p.id = u.parent_id
                     where %s)
                select case when grouping(campaign_id) = 0 then 'campaign'
                            when grouping(status) = 0 then 'status'
                            when grouping(award_form_id) = 0 then 'award_form'
                            when grouping(nominee_type) = 0 then 'nominee_type'
                            when grouping(district_id) = 0 then 'district'
                            when grouping(unit_id) = 0 then 'unit'
                            when grouping(month) = 0 then 'month'
                            else 'total' end as dim,
                       coalesce(campaign_id::text, status, award_form_id::text, nominee_type, district_id::text,
                                unit_id::text, month) as key,
                       count(*) as n,
                       count(*) filter (where nominee_type = 'INDIVIDUAL') as individuals,
                       count(*) filter (where nominee_type = 'INDIVIDUAL' and frontline) as frontline,
                       count(*) filter (where nominee_type = 'INDIVIDUAL' and nominee_gender = 'FEMALE') as women,
                       count(*) filter (where posthumous) as posthumous
                  from s
                 group by grouping sets ((campaign_id), (status), (award_form_id), (nominee_type), (district_id),
                                         (unit_id), (month), ())
                """.formatted(where.sql());
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        jdbc.sql(sql).params(where.params()).query((rs, n) -> {
            groups.computeIfAbsent(rs.getString("dim"), k -> new ArrayList<>()).add(new Object[] {
                    rs.getString("key"), rs.getLong("n"), rs.getLong("individuals"), rs.getLong("frontline"),
                    rs.getLong("women"), rs.getLong("posthumous")});
            return null;
        }).list();
        // the grand total row: [null, n, individuals, frontline, women, posthumous]
        return groups;
    }

    /**
     * The same breakdowns as {@link #breakdowns}, read from the tallies of whole programs (V61): a few thousand
     * rows by program, month, stage, award form and nominee type, and the filed dossiers by unit and month. Only
     * the {@link Report#UNIT_ROWS} largest units come back, with the district totals.
     */
    private Map<String, List<Object[]>> talliedBreakdowns(ReportScope scope, ReportFilter filter) {
        ReportConditions where = ReportConditions.ofTallies(scope, filter);
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select case when grouping(t.campaign_id) = 0 then 'campaign'
                            when grouping(t.status) = 0 then 'status'
                            when grouping(t.award_form_id) = 0 then 'award_form'
                            when grouping(t.nominee_type) = 0 then 'nominee_type'
                            when grouping(t.month) = 0 then 'month'
                            else 'total' end as dim,
                       coalesce(t.campaign_id::text, t.status, t.award_form_id::text, t.nominee_type,
                                to_char(t.month, 'YYYY-MM')) as key,
                       sum(t.n) as n, sum(t.individuals) as individuals, sum(t.frontline) as frontline,
                       sum(t.women) as women, sum(t.posthumous) as posthumous
                  from report_dossier_count t
                  join campaign c on c.id = t.campaign_id
                 where %s and t.status not in ('DRAFT', 'AT_UNIT_HEAD')
                 group by grouping sets ((t.campaign_id), (t.status), (t.award_form_id), (t.nominee_type), (t.month), ())
                having sum(t.n) <> 0
                """.formatted(where.sql())).params(where.params()).query((rs, n) -> {
            groups.computeIfAbsent(rs.getString("dim"), k -> new ArrayList<>()).add(new Object[] {
                    rs.getString("key"), rs.getLong("n"), rs.getLong("individuals"), rs.getLong("frontline"),
                    rs.getLong("women"), rs.getLong("posthumous")});
            return null;
        }).list();
        jdbc.sql("""
                with u as (
                    select t.unit_id, sum(t.n) as n
                      from report_unit_count t
                      join campaign c on c.id = t.campaign_id
                     where %s
                     group by t.unit_id
                    having sum(t.n) <> 0)
                (select 'district' as dim,
                        (case when un.unit_type = 'DISTRICT' then un.id when p.unit_type = 'DISTRICT' then p.id end)::text as key,
                        sum(u.n) as n
                   from u join unit un on un.id = u.unit_id left join unit p on p.id = un.parent_id
                  group by 2)
                union all
                (select 'unit', u.unit_id::text, u.n
                   from u join unit un on un.id = u.unit_id
                  order by u.n desc, un.name collate "C" limit %d)
                """.formatted(where.sql(), Report.UNIT_ROWS)).params(where.params()).query((rs, n) -> {
            groups.computeIfAbsent(rs.getString("dim"), k -> new ArrayList<>()).add(new Object[] {
                    rs.getString("key"), rs.getLong("n"), 0L, 0L, 0L, 0L});
            return null;
        }).list();
        return groups;
    }

    private Grassroots grassroots(ReportScope scope, ReportFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select count(distinct g.id) as decisions, count(a.id) as awardees,
                       count(a.id) filter (where a.nominee_type = 'INDIVIDUAL') as individuals,
                       count(a.id) filter (where a.nominee_type = 'COLLECTIVE') as collectives
                  from grassroots_decision g
                  join campaign gc on gc.id = g.campaign_id
                  left join grassroots_awardee a on a.decision_id = g.id
                 where\s""").append(scope.grassrootsCondition());
        Map<String, Object> params = filter.onGrassroots(sql, scope.params());
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Grassroots(rs.getLong("decisions"),
                rs.getLong("awardees"), rs.getLong("individuals"), rs.getLong("collectives"))).single();
    }

    private List<Long> campaignDepartments() {
        return jdbc.sql("select distinct compiling_unit_id from campaign").query(Long.class).list();
    }

    private Map<Long, String> names(String sql) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        return names;
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

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        if (rows != null) {
            for (Object[] r : rows) {
                counts.put((String) r[0], (Long) r[1]);
            }
        }
        return counts;
    }

    private static List<Row> rowsByCount(List<Object[]> rows, java.util.function.Function<String, String> label) {
        List<Row> result = new ArrayList<>();
        counts(rows).forEach((key, count) -> result.add(new Row(null, key == null ? "" : label.apply(key), count)));
        result.sort(Comparator.comparing(Row::count).reversed().thenComparing(Row::label));
        return result;
    }

    private static long l(Object value) {
        return value == null ? 0 : (Long) value;
    }

}
