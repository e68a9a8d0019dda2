package vn.gov.sonla.awards.report;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a report covers: dossiers filed (their {@code created_at}, in the province's time zone) from one day to
 * another, both included, optionally of one program. Giấy khen are filtered on their decision date.
 */
record ReportFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Long campaignId) {

    static ReportFilter everything() {
        return new ReportFilter(null, null, null);
    }

    /** The same filter with the two dates in order. */
    ReportFilter normalised() {
        if (from != null && to != null && to.isBefore(from)) {
            return new ReportFilter(to, from, campaignId);
        }
        return this;
    }
}
