package vn.gov.sonla.awards.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The prize money of the awards in a person's scope: the amounts frozen on the decisions issued in the report's
 * period, by program, award form and unit; apart, what units paid from their own fund with the Giấy khen they
 * recorded in the period.
 */
@Component
class PrizeMoneyReport {

    private final JdbcClient jdbc;

    PrizeMoneyReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of a breakdown: a name, how many awards, their amount. */
    record Line(String name, long awards, long amount) {
    }

    /** How many units are beyond those a page shows, and their awards and amount together. */
    record OtherUnits(int units, long awards, long amount) {
    }

    /** @param byUnit every unit, the most paid first (the XLSX lists them all; a page and its PDF the first ones) */
    record Totals(long total, long awards, List<Line> byCampaign, List<Line> byAwardForm, List<Line> byUnit,
                  long grassrootsTotal) {

        /** The units a page and its PDF list: the {@value Report#UNIT_ROWS} paid the most. */
        public List<Line> unitsShown() {
            return byUnit.size() <= Report.UNIT_ROWS ? byUnit : byUnit.subList(0, Report.UNIT_ROWS);
        }

        /** The units beyond those listed, in one line, so that the lines still add up to the total; null if none. */
        public OtherUnits otherUnits() {
            if (byUnit.size() <= Report.UNIT_ROWS) {
                return null;
            }
            List<Line> rest = byUnit.subList(Report.UNIT_ROWS, byUnit.size());
            return new OtherUnits(rest.size(), rest.stream().mapToLong(Line::awards).sum(),
                    rest.stream().mapToLong(Line::amount).sum());
        }
    }

    /**
     * The totals for a scope and a normalised filter: one reading of the frozen amounts grouped three ways (a
     * national-scale province has hundreds of thousands of them). Computed with the rest of a report and kept with it
     * ({@link Reports#build}), never for each view.
     */
    Totals of(ReportScope scope, ReportFilter filter) {
        StringBuilder where = new StringBuilder(scope.dossierCondition());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter.from() != null) {
            where.append(" and p.computed_on >= :fromDate");
            params.put("fromDate", filter.firstDay());
        }
        if (filter.to() != null) {
            where.append(" and p.computed_on <= :toDate");
            params.put("toDate", filter.lastDay());
        }
        if (filter.campaignId() != null) {
            where.append(" and d.campaign_id = :campaignId");
            params.put("campaignId", filter.campaignId());
        }
        Map<String, List<Line>> breakdowns = new HashMap<>(Map.of("campaign", new ArrayList<>(),
                "awardForm", new ArrayList<>(), "unit", new ArrayList<>()));
        jdbc.sql("""
                select case when grouping(c.id) = 0 then 'campaign' when grouping(af.id) = 0 then 'awardForm'
                            else 'unit' end as breakdown,
                       coalesce(c.short_name, af.name, u.name) as name, count(*) as n, sum(p.amount) as amount
                  from award_prize p
                  join dossier d on d.id = p.dossier_id
                  join campaign c on c.id = d.campaign_id
                  join award_form af on af.id = p.award_form_id
                  join unit u on u.id = d.unit_id
                 where %s
                 group by grouping sets ((c.id, c.short_name), (af.id, af.name), (u.id, u.name))
                 order by breakdown, sum(p.amount) desc, name""".formatted(where))
                .params(params)
                .query((rs, n) -> breakdowns.get(rs.getString("breakdown"))
                        .add(new Line(rs.getString("name"), rs.getLong("n"), rs.getLong("amount"))))
                .list();
        List<Line> byCampaign = breakdowns.get("campaign");
        long total = byCampaign.stream().mapToLong(Line::amount).sum();
        long awards = byCampaign.stream().mapToLong(Line::awards).sum();
        return new Totals(total, awards, List.copyOf(byCampaign), List.copyOf(breakdowns.get("awardForm")),
                List.copyOf(breakdowns.get("unit")), grassroots(scope, filter));
    }

    /** What units paid from their own fund with the Giấy khen recorded in the period. */
    private long grassroots(ReportScope scope, ReportFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select coalesce(sum(case when a.nominee_type = 'INDIVIDUAL' then g.individual_amount
                                         else g.collective_amount end), 0)
                  from grassroots_decision g
                  join campaign gc on gc.id = g.campaign_id
                  join grassroots_awardee a on a.decision_id = g.id
                 where\s""").append(scope.grassrootsCondition());
        Map<String, Object> params = filter.onGrassroots(sql, scope.params());
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }
}
