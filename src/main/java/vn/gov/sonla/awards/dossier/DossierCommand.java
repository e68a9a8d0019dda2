package vn.gov.sonla.awards.dossier;

import vn.gov.sonla.awards.campaign.NomineeType;

/** The start of a dossier: the campaign, the award form proposed, the kind of nominee and its name. */
public record DossierCommand(long campaignId, long awardFormId, NomineeType nomineeType, String nomineeName) {
}
