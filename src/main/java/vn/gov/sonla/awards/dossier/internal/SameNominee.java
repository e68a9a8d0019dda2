package vn.gov.sonla.awards.dossier.internal;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * The SQL condition "dossier {@code d} names the same nominee": the same national ID (by its keyed hash), or the same
 * name without case and diacritics and, for an individual, the same birth year. Written for the case at hand, so that
 * the indexes of the hash and of the name with the birth year answer it (a condition that tests its parameters for
 * null in SQL is planned once for every case, and reads the whole table). Binds {@code :nid}, {@code :name} and
 * {@code :year}.
 */
final class SameNominee {

    private SameNominee() {
    }

    static String condition(NomineeType type, String nationalIdHash, Integer birthYear) {
        String name = "d.nominee_search = awards_unaccent(lower(:name))";
        if (type == NomineeType.INDIVIDUAL) {
            name = "(" + name + (birthYear == null ? " and d.nominee_birth_year is null)" : " and d.nominee_birth_year = :year)");
        }
        return nationalIdHash == null ? name : "(d.nominee_national_id_hash = :nid or " + name + ")";
    }
}
