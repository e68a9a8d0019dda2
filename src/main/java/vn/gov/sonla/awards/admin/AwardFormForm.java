package vn.gov.sonla.awards.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.campaign.AwardForm;

/** An award form's names and the kinds of nominee it applies to (its code and level are fixed). */
record AwardFormForm(@NotBlank(message = "{validation.admin.awardFormName}")
                     @Size(max = 255, message = "{validation.size.255}") String name,
                     @NotBlank(message = "{validation.admin.awardFormNameEn}")
                     @Size(max = 255, message = "{validation.size.255}") String nameEn,
                     Boolean appliesToIndividual,
                     Boolean appliesToCollective) {

    // an unticked checkbox sends nothing: absent means no
    boolean individual() {
        return Boolean.TRUE.equals(appliesToIndividual);
    }

    boolean collective() {
        return Boolean.TRUE.equals(appliesToCollective);
    }

    static AwardFormForm of(AwardForm form) {
        return new AwardFormForm(form.getName(), form.getNameEn(), form.isAppliesToIndividual(), form.isAppliesToCollective());
    }
}
