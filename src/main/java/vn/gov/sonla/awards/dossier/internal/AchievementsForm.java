package vn.gov.sonla.awards.dossier.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.common.MultiLine;

/** The achievements section: the summary of achievements (báo cáo tóm tắt thành tích). */
record AchievementsForm(
        @MultiLine @NotBlank(message = "{validation.achievement.required}") @Size(max = 20000, message = "{validation.size.20000}") String achievementSummary,
        @NotNull Long version) {
}
