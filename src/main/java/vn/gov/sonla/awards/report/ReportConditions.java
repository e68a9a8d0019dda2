package vn.gov.sonla.awards.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * A report's scope and filter as a SQL condition with its named parameters: over the dossiers themselves (a unit's
 * figures) or over the tallies kept by program and month (whole programs).
 */
record ReportConditions(String sql, Map<String, Object> params) {

    /** Over {@code dossier d join campaign c}: the scope, the filing months and the program. */
    static ReportConditions ofDossiers(ReportScope scope, ReportFilter filter) {
        StringBuilder sql = new StringBuilder(scope.dossierCondition());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter.from() != null) {
            sql.append(" and d.created_at >= :fromTime");
            params.put("fromTime", filter.firstDay().atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and d.created_at < :toTime");
            params.put("toTime", filter.lastDay().plusDays(1).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime());
        }
        if (filter.campaignId() != null) {
            sql.append(" and d.campaign_id = :campaignId");
            params.put("campaignId", filter.campaignId());
        }
        return new ReportConditions(sql.toString(), params);
    }

    /** Over a tally {@code t} (by campaign and month) joined to {@code campaign c}: a scope of whole programs. */
    static ReportConditions ofTallies(ReportScope scope, ReportFilter filter) {
        StringBuilder sql = new StringBuilder(scope.campaignCondition());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter.from() != null) {
            sql.append(" and t.month >= :fromMonth");
            params.put("fromMonth", filter.firstDay());
        }
        if (filter.to() != null) {
            sql.append(" and t.month <= :toMonth");
            params.put("toMonth", filter.to().atDay(1));
        }
        if (filter.campaignId() != null) {
            sql.append(" and t.campaign_id = :campaignId");
            params.put("campaignId", filter.campaignId());
        }
        return new ReportConditions(sql.toString(), params);
    }

    /**
     * Stages as the list of a SQL {@code in (...)}, written out rather than bound so that the planner sees the very
     * stages (their rows differ by orders of magnitude); {@code null}, which matches nothing, for no stage.
     */
    static String inList(Collection<DossierStatus> stages) {
        return stages.isEmpty() ? "null"
                : stages.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
