package vn.gov.sonla.awards.grassroots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.MultiLine;

/**
 * A grassroots decision as the clerk types it: individuals one per line ("Họ tên; chức vụ, đơn vị"),
 * collectives one per line, and optionally the amount each receives from the unit's own fund.
 */
record GrassrootsForm(
        @NotNull(message = "{validation.campaign.required}") Long campaignId,
        @NotBlank(message = "{grassroots.number.required}") @Size(max = 64, message = "{grassroots.number.size}") String number,
        @NotNull(message = "{grassroots.date.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
        @NotBlank(message = "{validation.signer.required}") @Size(max = 255, message = "{validation.size.255}") String signer,
        @MultiLine @Size(max = 20000, message = "{validation.size.20000}") String individuals,
        @MultiLine @Size(max = 20000, message = "{validation.size.20000}") String collectives,
        @Min(value = 0, message = "{grassroots.amount.invalid}") @Max(value = 1_000_000_000L, message = "{grassroots.amount.invalid}")
        Long individualAmount,
        @Min(value = 0, message = "{grassroots.amount.invalid}") @Max(value = 1_000_000_000L, message = "{grassroots.amount.invalid}")
        Long collectiveAmount) {

    static GrassrootsForm empty() {
        return new GrassrootsForm(null, "", null, "", "", "", null, null);
    }

    List<GrassrootsDecision.Awardee> awardees() {
        List<GrassrootsDecision.Awardee> all = new ArrayList<>();
        lines(individuals).forEach(line -> {
            int split = line.indexOf(';');
            String name = split < 0 ? line : line.substring(0, split).strip();
            String title = split < 0 ? null : line.substring(split + 1).strip();
            all.add(new GrassrootsDecision.Awardee(NomineeType.INDIVIDUAL, name, title == null || title.isEmpty() ? null : title));
        });
        lines(collectives).forEach(line -> all.add(new GrassrootsDecision.Awardee(NomineeType.COLLECTIVE, line, null)));
        return all;
    }

    /** The first line longer than a name may be, or 0. */
    int overlongLine() {
        return awardees().stream().anyMatch(a -> a.name().length() > 255 || (a.title() != null && a.title().length() > 255)) ? 1 : 0;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
