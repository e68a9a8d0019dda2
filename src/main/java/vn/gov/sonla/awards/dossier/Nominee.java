package vn.gov.sonla.awards.dossier;

import java.time.LocalDate;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * Who is nominated: an individual (name, birth, gender, position, workplace, optional national ID — never
 * shown publicly —, frontline and posthumous flags) or a collective (full name, parent unit, address and
 * contacts, a short description). Fields of the other kind are dropped.
 */
public record Nominee(NomineeType type, String name, Integer birthYear, LocalDate birthDate, Gender gender,
                      String position, String workplace, String nationalId, boolean frontline, boolean posthumous,
                      String parentUnit, String address, String contacts, String description) {

    public Nominee {
        name = clean(name);
        if (type == NomineeType.COLLECTIVE) {
            birthYear = null;
            birthDate = null;
            gender = null;
            position = null;
            workplace = null;
            nationalId = null;
            frontline = false;
            posthumous = false;
            parentUnit = clean(parentUnit);
            address = clean(address);
            contacts = clean(contacts);
            description = clean(description);
        } else {
            if (birthDate != null) {
                birthYear = birthDate.getYear();
            }
            position = clean(position);
            workplace = clean(workplace);
            nationalId = clean(nationalId);
            parentUnit = null;
            address = null;
            contacts = null;
            description = null;
        }
    }

    /** An individual with the fields most dossiers have. */
    public static Nominee individual(String name, String position, String workplace, int birthYear, Gender gender,
                                     boolean frontline) {
        return new Nominee(NomineeType.INDIVIDUAL, name, birthYear, null, gender, position, workplace, null, frontline,
                false, null, null, null, null);
    }

    public static Nominee collective(String name, String parentUnit, String address, String description) {
        return new Nominee(NomineeType.COLLECTIVE, name, null, null, null, null, null, null, false, false,
                parentUnit, address, null, description);
    }

    /** Only the type and name, as on the first page of a new dossier. */
    public static Nominee named(NomineeType type, String name) {
        return new Nominee(type, name, null, null, null, null, null, null, false, false, null, null, null, null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
