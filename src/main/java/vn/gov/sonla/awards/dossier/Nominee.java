package vn.gov.sonla.awards.dossier;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * Who is nominated and for what: the part of a dossier the clerk writes. Position, birth year and gender
 * apply to individuals only and are dropped for collectives.
 */
public record Nominee(NomineeType type, String name, String position, Integer birthYear, Gender gender,
                      boolean frontline, String achievementSummary) {

    public Nominee {
        name = name == null ? null : name.strip();
        achievementSummary = achievementSummary == null ? null : achievementSummary.strip();
        if (type == NomineeType.COLLECTIVE) {
            position = null;
            birthYear = null;
            gender = null;
            frontline = false;
        } else {
            position = position == null || position.isBlank() ? null : position.strip();
        }
    }
}
