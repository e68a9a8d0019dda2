package vn.gov.sonla.awards.decision.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.common.MultiLine;

/** The line a certificate prints for an award, as the chairman's office writes it (blank: the achievement summary). */
record AwardLineForm(@NotNull Long version,
                     @MultiLine @Size(max = 300, message = "{validation.size.300}") String line) {
}
