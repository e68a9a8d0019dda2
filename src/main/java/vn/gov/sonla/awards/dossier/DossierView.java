package vn.gov.sonla.awards.dossier;

import java.time.Instant;

import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.dossier.internal.Dossier;

/**
 * A dossier as other modules read it — its documents, their lists, their pages — without the aggregate and its
 * steps: those are taken through the services of the party that takes them. The names are a list row's
 * ({@link DossierRow}), so that one template fragment renders either; lists and documents name the award form that
 * stands ({@code effectiveAwardForm}), never the one filed alone.
 *
 * @param awardForm          the award form the unit filed
 * @param proposedAwardForm  another award form the compiling department proposed when accepting, or null
 * @param effectiveAwardForm the award form that stands: the department's proposal if it made one, else the unit's
 * @param stateLevel         whether the award form that stands is decided at the central level
 */
public record DossierView(long id, long version, DossierStatus status, Unit unit, Campaign campaign, AwardForm awardForm,
                          AwardForm proposedAwardForm, String proposalReason, AwardForm effectiveAwardForm,
                          boolean stateLevel, Nominee nominee, String achievementSummary, Long draftSubmissionId,
                          Long submissionId, String submissionNumber, String lastReason, String claimedByName,
                          Instant statusChangedAt, String awardLine) {

    static DossierView of(Dossier d) {
        return new DossierView(d.getId(), d.getVersion(), d.getStatus(), d.getUnit(), d.getCampaign(), d.getAwardForm(),
                d.getProposedAwardForm(), d.getProposalReason(), d.getEffectiveAwardForm(), d.isStateLevel(),
                d.getNominee(), d.getAchievementSummary(), d.getDraftSubmissionId(), d.getSubmissionId(),
                d.getSubmissionNumber(), d.getLastReason(), d.getClaim() == null ? null : d.getClaim().name(), d.getStatusChangedAt(),
                d.getAwardLine());
    }

    /** What the certificate prints for the award: the line the chairman's office wrote, else the achievement summary. */
    public String certificateLine() {
        return awardLine != null ? awardLine : achievementSummary;
    }

    public String nomineeName() {
        return nominee.name();
    }

    public NomineeType nomineeType() {
        return nominee.type();
    }

    public String unitName() {
        return unit.getName();
    }

    public String campaignShortName() {
        return campaign.getShortName();
    }

    /** The name of the award form that stands, which every list and document shows. */
    public String effectiveAwardFormName() {
        return effectiveAwardForm.getName();
    }

    public String effectiveAwardFormNameEn() {
        return effectiveAwardForm.getNameEn();
    }

    /** The award form the unit filed, when the department proposed another (a list's secondary text); else null. */
    public String originalAwardFormName() {
        return proposedAwardForm == null ? null : awardForm.getName();
    }

    public String originalAwardFormNameEn() {
        return proposedAwardForm == null ? null : awardForm.getNameEn();
    }
}
