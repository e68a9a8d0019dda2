package vn.gov.sonla.awards.decision.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The central level's decision granting a state-level award the chairman proposed: its number and date (whose
 * bounds the controller checks against the province's clock).
 */
record CentralAwardForm(@NotNull Long version,
                        @NotBlank(message = "{validation.centralNumber.required}")
                        @Size(max = 64, message = "{validation.size.64}") String centralDecisionNumber,
                        @NotNull(message = "{validation.centralDate.required}")
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate centralDecisionDate) {
}
