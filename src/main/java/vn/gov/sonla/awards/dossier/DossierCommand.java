package vn.gov.sonla.awards.dossier;

/** What a clerk files or revises: the campaign, the award form proposed and the nominee. */
public record DossierCommand(long campaignId, long awardFormId, Nominee nominee) {
}
