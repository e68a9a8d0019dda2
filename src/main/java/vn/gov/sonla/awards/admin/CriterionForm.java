package vn.gov.sonla.awards.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.MultiLine;

/**
 * A criterion's wording and whether it must be met. The kind of nominee and the campaign (none: every campaign) are
 * chosen when it is added and fixed afterwards; the award form comes from the URL.
 */
record CriterionForm(Long campaignId,
                     @NotNull(message = "{validation.nomineeType.required}") NomineeType nomineeType,
                     @MultiLine @NotBlank(message = "{validation.admin.criterionText}")
                     @Size(max = 4000, message = "{validation.admin.size4000}") String text,
                     Boolean required) {

    /** An unticked checkbox sends nothing: absent means not required. */
    boolean mustBeMet() {
        return Boolean.TRUE.equals(required);
    }

    static CriterionForm empty(Long campaignId, NomineeType type) {
        return new CriterionForm(campaignId, type, null, true);
    }

    static CriterionForm of(Criterion criterion) {
        return new CriterionForm(criterion.getCampaignId(), criterion.getNomineeType(), criterion.getText(),
                criterion.isRequired());
    }
}
