package vn.gov.sonla.awards.dossier;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * What a list of dossiers is narrowed to: a name (diacritics ignored), a campaign, a stage, an award form,
 * and — for the departments' queue — the filing unit, its district, the kind of nominee and frontline.
 */
public record DossierFilter(String q, Long campaignId, DossierStatus status, Long awardFormId, Long unitId,
                            Long districtId, NomineeType nomineeType, Boolean frontline) {

    public DossierFilter(String q, Long campaignId, DossierStatus status, Long awardFormId) {
        this(q, campaignId, status, awardFormId, null, null, null, null);
    }

    /** The "district" of the units of the province itself (under no district). */
    public static final long PROVINCIAL_LEVEL = 0;

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null);
    }

    public String query() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
