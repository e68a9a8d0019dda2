package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued decision of the provincial chairman (or a correction of one) as pages and other modules read it.
 */
public record DecisionView(long id, int year, String number, LocalDate issuedOn, String signerName,
                           String signerAuthority, long submissionId, Long correctsDecisionId, String correctionReason) {

    /** The chairman's title of a decision issued before accounts signed, which kept only the name. */
    static final String CHAIRMAN = "CHỦ TỊCH";

    /**
     * The lines of the signature block above the name, as Decree 30 sets them: "CHỦ TỊCH", or "KT. CHỦ TỊCH" over
     * "PHÓ CHỦ TỊCH" for a vice-chairman.
     */
    public List<String> signerAuthorityLines() {
        return signerAuthority == null ? List.of(CHAIRMAN) : List.of(signerAuthority.split(" / "));
    }

    public boolean isCorrection() {
        return correctsDecisionId != null;
    }
}
