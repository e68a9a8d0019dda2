package vn.gov.sonla.awards.dossier.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.DossierCommand;

/**
 * The first section of a dossier: campaign, award form, kind of nominee and name. Holds no id, unit or
 * stage: those come from the URL, the signed-in clerk and the workflow, so a crafted POST cannot set them.
 */
record StartForm(
        @NotNull(message = "{validation.campaign.required}") Long campaignId,
        @NotNull(message = "{validation.awardForm.required}") Long awardFormId,
        @NotNull(message = "{validation.nomineeType.required}") NomineeType nomineeType,
        @NotBlank(message = "{validation.nomineeName.required}") @Size(max = 255, message = "{validation.size.255}") String nomineeName,
        Long version) {

    static StartForm empty() {
        return new StartForm(null, null, NomineeType.INDIVIDUAL, "", null);
    }

    static StartForm of(Dossier d) {
        return new StartForm(d.getCampaign().getId(), d.getAwardForm().getId(), d.getNomineeType(), d.getNomineeName(),
                d.getVersion());
    }

    DossierCommand toCommand() {
        return new DossierCommand(campaignId, awardFormId, nomineeType, nomineeName);
    }
}
