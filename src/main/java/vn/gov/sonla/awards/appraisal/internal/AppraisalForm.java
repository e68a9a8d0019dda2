package vn.gov.sonla.awards.appraisal.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.common.MultiLine;

/** Home Affairs' opinion on one dossier: endorse or not, with a remark (required when not endorsing). */
record AppraisalForm(@NotNull Long version,
                     @NotNull(message = "{validation.endorsed.required}") Boolean endorsed,
                     @MultiLine @Size(max = 4000, message = "{validation.size.4000}") String remark) {
}
