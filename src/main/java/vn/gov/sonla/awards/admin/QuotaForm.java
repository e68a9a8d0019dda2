package vn.gov.sonla.awards.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A unit's quota of dossiers for one award form in a campaign (the campaign comes from the URL). */
record QuotaForm(@NotNull(message = "{validation.admin.quotaUnit}") Long unitId,
                 @NotNull(message = "{validation.admin.quotaAwardForm}") Long awardFormId,
                 @NotNull(message = "{validation.admin.quota}")
                 @Min(value = 0, message = "{validation.admin.quota}")
                 @Max(value = 10000, message = "{validation.admin.quota}") Integer quota) {

    static QuotaForm empty() {
        return new QuotaForm(null, null, null);
    }
}
