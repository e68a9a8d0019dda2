package vn.gov.sonla.awards.review;

import java.time.Instant;

/**
 * A submission as one line of a list (Home Affairs' and the chairman's office's queues, a department's submissions,
 * the home pages): read by SQL with its department's name, without loading the submission.
 */
public record SubmissionRow(long id, String number, String departmentName, SubmissionStatus status, Instant createdAt,
                            Instant sentAt, Instant forwardedAt) {
}
