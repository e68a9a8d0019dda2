package vn.gov.sonla.awards.decision;

import java.time.LocalDate;

/**
 * An issued decision of the provincial chairman (or a correction of one) as pages and other modules read it.
 */
public record DecisionView(long id, int year, String number, LocalDate issuedOn, String signerName, long submissionId,
                           Long correctsDecisionId, String correctionReason) {

    public boolean isCorrection() {
        return correctsDecisionId != null;
    }
}
