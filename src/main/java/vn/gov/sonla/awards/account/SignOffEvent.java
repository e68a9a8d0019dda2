package vn.gov.sonla.awards.account;

import java.time.Instant;

/**
 * A document changed hands inside an office: presented by a specialist to the office's leaders, or returned by a
 * leader to the specialist who prepared it. The notices tell the leaders what waits for them, and the specialist
 * why it came back.
 *
 * @param documentKey the label key of the kind of document ("signing.kind.submission")
 * @param subject     what the notice names (the department, the number of the submission)
 * @param link        the page where the recipient acts on it
 */
public record SignOffEvent(Step step, long submissionId, Role officeRole, long officeUnitId, String documentKey,
                           String subject, String note, String link, String actorUsername, Long preparerAccountId,
                           Instant occurredAt) {

    public enum Step {
        PRESENTED, RETURNED
    }
}
