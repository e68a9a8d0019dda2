package vn.gov.sonla.awards.decision.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The chairman's office presents its answer on a submission: the date the decision is to bear, who is to sign it. */
record DecisionForm(@NotNull(message = "{validation.decisionDate.required}")
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                    @NotNull(message = "{validation.signer.required}") Long signerAccountId) {
}
