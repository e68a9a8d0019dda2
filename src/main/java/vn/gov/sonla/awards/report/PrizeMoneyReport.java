package vn.gov.sonla.awards.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;

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

    record Totals(long total, long awards, List<Line> byCampaign, List<Line> byAwardForm, List<Line> byUnit,
                  long grassrootsTotal) {
    }

    @Transactional(readOnly = true)
    Totals of(Actor user, ReportFilter requested) {
        ReportFilter filter = requested.normalised();
        ReportScope scope = ReportScope.of(user);
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
        String from = " from award_prize p join dossier d on d.id = p.dossier_id join campaign c on c.id = d.campaign_id"
                + " join award_form af on af.id = p.award_form_id join unit u on u.id = d.unit_id where " + where;
        List<Line> byCampaign = lines("select c.short_name as name, count(*) as n, sum(p.amount) as amount" + from
                + " group by c.id, c.short_name order by sum(p.amount) desc, c.short_name", params);
        List<Line> byAwardForm = lines("select af.name as name, count(*) as n, sum(p.amount) as amount" + from
                + " group by af.id, af.name order by sum(p.amount) desc, af.name", params);
        List<Line> byUnit = lines("select u.name as name, count(*) as n, sum(p.amount) as amount" + from
                + " group by u.id, u.name order by sum(p.amount) desc, u.name", params);
        long total = byCampaign.stream().mapToLong(Line::amount).sum();
        long awards = byCampaign.stream().mapToLong(Line::awards).sum();
        return new Totals(total, awards, byCampaign, byAwardForm, byUnit, grassroots(scope, filter));
    }

    private List<Line> lines(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Line(rs.getString("name"), rs.getLong("n"), rs.getLong("amount"))).list();
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
