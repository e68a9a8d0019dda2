package vn.gov.sonla.awards.dossier.internal;

import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * Another dossier of the same campaign that seems to nominate the same nominee, shown beside the clerk's
 * own: only what any unit may know of it (name, birth year, unit, award form, stage) — never its national
 * ID, position or contacts.
 */
public record Duplicate(long dossierId, String nomineeName, Integer birthYear, String unitName, String awardFormName,
                        String awardFormNameEn, DossierStatus status, boolean sameNationalId, boolean sameUnit) {
}
