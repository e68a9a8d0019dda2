package vn.gov.sonla.awards.dossier;

import java.time.Instant;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * A dossier as one line of a list: only what the lists show, read in one statement with the names of its unit,
 * campaign and award form. Lists of a national-scale queue read these rows rather than the dossiers themselves:
 * a row costs a few columns, a dossier loaded for editing costs its whole aggregate.
 *
 * {@code effectiveAwardFormName} is the award form that stands ({@link DossierView#effectiveAwardForm()});
 * {@code originalAwardFormName} the one the unit filed when the compiling department proposed another, else null.
 * {@code lastReason} is why it was last sent back (returned, rejected or declined), as the clerk's home shows it;
 * {@code version} is the one the page showed, so that a step taken from a list is refused if the dossier changed since.
 *
 * <p>The same names as {@link DossierView}'s ({@code unitName}, {@code campaignShortName}, …), so that one fragment
 * renders either.
 */
public record DossierRow(long id, String nomineeName, NomineeType nomineeType, String unitName, String campaignShortName,
                         Integer campaignReviewDays, String effectiveAwardFormName, String effectiveAwardFormNameEn,
                         String originalAwardFormName, String originalAwardFormNameEn, DossierStatus status,
                         Instant statusChangedAt, String claimedByName, String lastReason, long version) {
}
