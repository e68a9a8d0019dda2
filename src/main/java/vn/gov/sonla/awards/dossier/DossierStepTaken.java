package vn.gov.sonla.awards.dossier;

import java.time.Instant;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierEvent;

/**
 * A step was taken on a dossier (published in the step's transaction, after the aggregate recorded it):
 * what the notices and other listeners need to know, without loading the dossier again.
 *
 * @param unitId          the filing unit
 * @param compilingUnitId the compiling department of the dossier's campaign
 * @param reference       the submission number (send, forward) or the decision number (grant), if any
 * @param fromStageSince  when the dossier had entered the stage {@code from}: null for the first step
 */
public record DossierStepTaken(long dossierId, long unitId, long compilingUnitId, String nomineeName,
                               DossierAction action, DossierStatus from, DossierStatus to, String actorUsername,
                               String note, Long submissionId, String reference, Instant occurredAt,
                               Instant fromStageSince) {

    public static DossierStepTaken of(Dossier dossier, DossierEvent event) {
        String reference = switch (event.getAction()) {
            case SEND_TO_HOME_AFFAIRS, FORWARD_TO_CHAIRMAN -> dossier.getSubmissionNumber();
            case GRANT -> event.getNote();
            default -> null;
        };
        return new DossierStepTaken(dossier.getId(), dossier.getUnit().getId(),
                dossier.getCampaign().getCompilingUnit().getId(), dossier.getNomineeName(), event.getAction(),
                event.getFromStatus(), event.getToStatus(), event.getActorUsername(), event.getNote(),
                dossier.getSubmissionId(), reference, event.getOccurredAt(), event.getFromStageSince());
    }
}
