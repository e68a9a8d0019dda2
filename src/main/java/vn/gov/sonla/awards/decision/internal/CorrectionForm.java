package vn.gov.sonla.awards.decision.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.common.MultiLine;

/**
 * A decision correcting an issued one: its date, the leader of the office who signs it, and what it corrects; the key made when the form was
 * shown makes the same form sent twice one correction.
 */
record CorrectionForm(@NotNull(message = "{validation.decisionDate.required}")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                      @NotNull(message = "{validation.signer.required}") Long signerAccountId,
                      @MultiLine @NotBlank(message = "{validation.correction.required}")
                      @Size(max = 4000, message = "{validation.size.4000}") String reason,
                      UUID requestKey) {

    static CorrectionForm empty(LocalDate today) {
        return new CorrectionForm(today, null, "", UUID.randomUUID());
    }
}
