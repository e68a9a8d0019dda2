package vn.gov.sonla.awards.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * A coefficient of an award form for a kind of nominee from a date, with the decree that sets it. The coefficient is
 * typed as people write it, "1,5" or "1.5", up to two decimals.
 */
record CoefficientForm(@NotNull(message = "{validation.admin.quotaAwardForm}") Long awardFormId,
                       @NotNull(message = "{validation.nomineeType.required}") NomineeType nomineeType,
                       @NotBlank(message = "{validation.prize.coefficient}")
                       @Pattern(regexp = "\\d{1,3}([.,]\\d{1,2})?", message = "{validation.prize.coefficient}") String coefficient,
                       @NotNull(message = "{validation.prize.effectiveFrom}")
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                       @NotBlank(message = "{validation.prize.legalBasis}")
                       @Size(max = 255, message = "{validation.size.255}") String legalBasis) {

    static CoefficientForm empty() {
        return new CoefficientForm(null, null, "", null, "");
    }

    BigDecimal value() {
        return new BigDecimal(coefficient.strip().replace(',', '.'));
    }
}
