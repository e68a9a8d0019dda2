package vn.gov.sonla.awards.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a report covers: dossiers filed (their {@code created_at}, in the province's time zone) from one month to
 * another, both included, optionally of one program. Giấy khen are filtered on their decision date. A period is
 * whole months, like the province's monthly, quarterly, half-year and yearly reports, so that every figure can be
 * read from tallies kept by month instead of from the dossiers themselves.
 */
record ReportFilter(@DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                    @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                    Long campaignId) {

    static ReportFilter everything() {
        return new ReportFilter(null, null, null);
    }

    /** The same filter with the two months in order. */
    ReportFilter normalised() {
        if (from != null && to != null && to.isBefore(from)) {
            return new ReportFilter(to, from, campaignId);
        }
        return this;
    }

    /** The first day of the period, or null when it has no start. */
    LocalDate firstDay() {
        return from == null ? null : from.atDay(1);
    }

    /** The last day of the period, or null when it has no end. */
    LocalDate lastDay() {
        return to == null ? null : to.atEndOfMonth();
    }

    /**
     * The period and campaign as conditions on the grassroots decision {@code g}, appended to the SQL; gives the
     * parameters the SQL then needs, the scope's with the filter's.
     */
    Map<String, Object> onGrassroots(StringBuilder sql, Map<String, Object> scopeParams) {
        Map<String, Object> params = new HashMap<>(scopeParams);
        if (from != null) {
            sql.append(" and g.decided_on >= :fromDate");
            params.put("fromDate", firstDay());
        }
        if (to != null) {
            sql.append(" and g.decided_on <= :toDate");
            params.put("toDate", lastDay());
        }
        if (campaignId != null) {
            sql.append(" and g.campaign_id = :campaignId");
            params.put("campaignId", campaignId);
        }
        return params;
    }
}
