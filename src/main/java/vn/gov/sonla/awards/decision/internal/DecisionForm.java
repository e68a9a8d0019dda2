package vn.gov.sonla.awards.decision.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Issuing the decision of a submission: its date and who signs it. */
record DecisionForm(@NotNull(message = "{validation.decisionDate.required}")
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                    @NotBlank(message = "{validation.signer.required}")
                    @Size(max = 255, message = "{validation.size.255}") String signerName) {
}
