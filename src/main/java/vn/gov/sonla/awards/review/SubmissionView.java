package vn.gov.sonla.awards.review;

import java.time.Instant;

/**
 * A compiled submission as other modules and pages read it: its department, number and the moments it was sent,
 * forwarded and closed.
 */
public record SubmissionView(long id, long departmentId, String departmentName, String departmentCode,
                             SubmissionStatus status, Integer year, String number, Instant createdAt, String createdBy,
                             Instant sentAt, String sentBy, Instant forwardedAt, String forwardedBy, Instant closedAt,
                             String appraisalReportNumber) {

    public boolean isDraft() {
        return status == SubmissionStatus.DRAFT;
    }
}
