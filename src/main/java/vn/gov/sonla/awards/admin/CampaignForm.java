package vn.gov.sonla.awards.admin;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.common.MultiLine;

/**
 * A new campaign of a plan: its names, the plan, the compiling department, dates, deadlines (review, appraisal,
 * decision, and a leader's signature) and award forms.
 */
record CampaignForm(@NotBlank(message = "{validation.admin.campaignCode}")
                    @Pattern(regexp = "[A-Z0-9_]{2,32}", message = "{validation.admin.campaignCode}") String code,
                    @MultiLine @NotBlank(message = "{validation.admin.campaignName}")
                    @Size(max = 500, message = "{validation.admin.size500}") String name,
                    @NotBlank(message = "{validation.admin.shortName}")
                    @Size(max = 255, message = "{validation.size.255}") String shortName,
                    @NotBlank(message = "{validation.admin.planNumber}")
                    @Size(max = 64, message = "{validation.admin.size64}") String planNumber,
                    @NotNull(message = "{validation.admin.planDate}")
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate planDate,
                    @NotNull(message = "{validation.admin.compilingUnit}") Long compilingUnitId,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                    @Min(value = 1, message = "{validation.admin.days}") @Max(value = 365, message = "{validation.admin.days}") Integer reviewDays,
                    @Min(value = 1, message = "{validation.admin.days}") @Max(value = 365, message = "{validation.admin.days}") Integer appraisalDays,
                    @Min(value = 1, message = "{validation.admin.days}") @Max(value = 365, message = "{validation.admin.days}") Integer decisionDays,
                    @Min(value = 1, message = "{validation.admin.days}") @Max(value = 365, message = "{validation.admin.days}") Integer signingDays,
                    @NotEmpty(message = "{validation.admin.awardForms}") List<Long> awardFormIds) {

    static CampaignForm empty() {
        return new CampaignForm(null, null, null, null, null, null, null, null, 20, 20, 10, 3, List.of());
    }
}
