package vn.gov.sonla.awards.dossier.internal;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * The SQL condition "dossier {@code d} names the same nominee": the same national ID (by its keyed hash), or the same
 * name without case and diacritics and, for an individual, the same birth year (a collective has none). Written for
 * the case at hand and in the terms of the indexes of V101, so that they answer it newest first (a condition that
 * tests its parameters for null in SQL is planned once for every case, and reads the whole table). Binds {@code :nid},
 * {@code :name} and {@code :year}, the latter from {@link #year}.
 */
final class SameNominee {

    private SameNominee() {
    }

    static String condition(String nationalIdHash) {
        String name = "(d.nominee_search = awards_unaccent(lower(:name)) and coalesce(d.nominee_birth_year, 0) = :year)";
        return nationalIdHash == null ? name : "(d.nominee_national_id_hash = :nid or " + name + ")";
    }

    /** The birth year as the indexes keep it: 0 for none, and for every collective. */
    static int year(NomineeType type, Integer birthYear) {
        return type == NomineeType.INDIVIDUAL && birthYear != null ? birthYear : 0;
    }
}
