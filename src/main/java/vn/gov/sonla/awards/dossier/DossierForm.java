package vn.gov.sonla.awards.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * What the clerk's dossier form posts. Holds no id, unit or stage: those come from the URL, the signed-in
 * clerk and the workflow, so a crafted POST cannot set them.
 */
public record DossierForm(
        @NotNull(message = "{validation.campaign.required}") Long campaignId,
        @NotNull(message = "{validation.awardForm.required}") Long awardFormId,
        @NotNull(message = "{validation.nomineeType.required}") NomineeType nomineeType,
        @NotBlank(message = "{validation.nomineeName.required}") @Size(max = 255, message = "{validation.size.255}") String nomineeName,
        @Size(max = 255, message = "{validation.size.255}") String nomineePosition,
        @Min(value = 1900, message = "{validation.birthYear.range}") @Max(value = 2025, message = "{validation.birthYear.range}") Integer nomineeBirthYear,
        Gender nomineeGender,
        Boolean frontline,
        @NotBlank(message = "{validation.achievement.required}") @Size(max = 20000, message = "{validation.size.20000}") String achievementSummary,
        Long version) {

    static DossierForm empty() {
        return new DossierForm(null, null, NomineeType.INDIVIDUAL, "", "", null, null, false, "", null);
    }

    static DossierForm of(Dossier d) {
        return new DossierForm(d.getCampaign().getId(), d.getAwardForm().getId(), d.getNomineeType(), d.getNomineeName(),
                d.getNomineePosition(), d.getNomineeBirthYear(), d.getNomineeGender(), d.isFrontline(),
                d.getAchievementSummary(), d.getVersion());
    }

    DossierCommand toCommand() {
        return new DossierCommand(campaignId, awardFormId, new Nominee(nomineeType, nomineeName, nomineePosition,
                nomineeBirthYear, nomineeGender, Boolean.TRUE.equals(frontline), achievementSummary));
    }
}
