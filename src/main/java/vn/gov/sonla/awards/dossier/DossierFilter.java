package vn.gov.sonla.awards.dossier;

/** What the clerk's list is narrowed to: a name (diacritics ignored), a campaign, a stage, an award form. */
public record DossierFilter(String q, Long campaignId, DossierStatus status, Long awardFormId) {

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null);
    }

    String query() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
