package vn.gov.sonla.awards.dossier.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.common.MultiLine;

/** The nominee section: an individual's particulars or a collective's. Only the fields of its kind are kept. */
record NomineeForm(
        @Size(max = 255, message = "{validation.size.255}") String nomineeName,
        @Min(value = 1900, message = "{validation.birthYear.range}") @Max(value = 2025, message = "{validation.birthYear.range}") Integer birthYear,
        @Past(message = "{validation.birthDate.past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        Gender gender,
        @Size(max = 255, message = "{validation.size.255}") String position,
        @Size(max = 255, message = "{validation.size.255}") String workplace,
        @Pattern(regexp = "^$|^\\d{9}$|^\\d{12}$", message = "{validation.nationalId.format}") String nationalId,
        Boolean frontline,
        Boolean posthumous,
        @Size(max = 255, message = "{validation.size.255}") String parentUnit,
        @Size(max = 500, message = "{validation.size.500}") String address,
        @Size(max = 255, message = "{validation.size.255}") String contacts,
        @MultiLine @Size(max = 4000, message = "{validation.size.4000}") String description,
        @NotNull Long version) {

    static NomineeForm of(Dossier d) {
        return new NomineeForm(d.getNomineeName(), d.getNominee().birthYear(), d.getNominee().birthDate(), d.getNominee().gender(),
                d.getNominee().position(), d.getNominee().workplace(), d.getNominee().nationalId(), d.getNominee().frontline(),
                d.getNominee().posthumous(), d.getNominee().parentUnit(), d.getNominee().address(), d.getNominee().contacts(),
                d.getNominee().description(), d.getVersion());
    }

    Nominee toNominee(NomineeType type) {
        return new Nominee(type, nomineeName, birthYear, birthDate, gender, position, workplace, nationalId,
                Boolean.TRUE.equals(frontline), Boolean.TRUE.equals(posthumous), parentUnit, address, contacts,
                description);
    }
}
