package vn.gov.sonla.awards.review;

import java.time.Instant;
import java.time.LocalDate;

import vn.gov.sonla.awards.account.SignOffView;

/**
 * A compiled submission as other modules and pages read it: its department, number and the moments it was sent,
 * forwarded and closed, who prepared and who signed its Tờ trình, Home Affairs' report and the chairman's answer
 * (the decision and the letter proposing state-level awards), with the date and signer the chairman's office prepared.
 */
public record SubmissionView(long id, long departmentId, String departmentName, String departmentCode,
                             SubmissionStatus status, Integer year, String number, Instant createdAt, String createdBy,
                             Instant sentAt, String sentBy, Instant forwardedAt, String forwardedBy, Instant closedAt,
                             String appraisalReportNumber, SignOffView signOff, SignOffView reportSignOff,
                             SignOffView decisionSignOff, LocalDate decisionDate, Long decisionSignerAccountId,
                             String proposalLetterNumber) {

    public boolean isDraft() {
        return status == SubmissionStatus.DRAFT;
    }
}
