package vn.gov.sonla.awards.dossier;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.internal.SealedNationalId;

/**
 * Who is nominated: an individual (name, birth, gender, position, workplace, optional national ID — never
 * shown publicly —, frontline and posthumous flags) or a collective (full name, parent unit, address and
 * contacts, a short description). Fields of the other kind are dropped. Kept in the dossier's own columns.
 */
@Embeddable
public record Nominee(@Enumerated(EnumType.STRING) @Column(name = "nominee_type", nullable = false) NomineeType type,
                      @Column(name = "nominee_name", nullable = false) String name,
                      @Column(name = "nominee_birth_year") Integer birthYear,
                      @Column(name = "nominee_birth_date") LocalDate birthDate,
                      @Enumerated(EnumType.STRING) @Column(name = "nominee_gender") Gender gender,
                      @Column(name = "nominee_position") String position,
                      @Column(name = "nominee_workplace") String workplace,
                      /* never shown outside the filing unit, the reviewers and the decision makers, never public;
                         stored sealed, matched by its keyed hash (NationalIdCipher) */
                      @Convert(converter = SealedNationalId.class)
                      @Column(name = "nominee_national_id_sealed") String nationalId,
                      @Column(name = "frontline", nullable = false) boolean frontline,
                      @Column(name = "posthumous", nullable = false) boolean posthumous,
                      @Column(name = "collective_parent") String parentUnit,
                      @Column(name = "collective_address") String address,
                      @Column(name = "collective_contacts") String contacts,
                      @Column(name = "collective_description") String description) {

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

    /** The same nominee, not marked as a frontline force (for a campaign that does not ask it). */
    public Nominee withoutFrontline() {
        return new Nominee(type, name, birthYear, birthDate, gender, position, workplace, nationalId, false, posthumous,
                parentUnit, address, contacts, description);
    }

    /** Only the type and name, as on the first page of a new dossier. */
    public static Nominee named(NomineeType type, String name) {
        return new Nominee(type, name, null, null, null, null, null, null, false, false, null, null, null, null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
