package vn.gov.sonla.awards.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A base salary (mức lương cơ sở) from a date, with the decree that sets it. */
record BaseSalaryForm(@NotNull(message = "{validation.prize.amount}") @Min(value = 1, message = "{validation.prize.amount}")
                      @Max(value = 1_000_000_000L, message = "{validation.prize.amount}") Long amount,
                      @NotNull(message = "{validation.prize.effectiveFrom}")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                      @NotBlank(message = "{validation.prize.legalBasis}")
                      @Size(max = 255, message = "{validation.size.255}") String legalBasis) {

    static BaseSalaryForm empty() {
        return new BaseSalaryForm(null, null, "");
    }
}
