package vn.gov.sonla.awards.admin;

/** Which attributes of one program a campaign's dossiers show: an unticked checkbox sends nothing, read as no. */
record CampaignAttributesForm(Boolean asksFrontline, Boolean asksCovidDeclaration) {

    boolean frontline() {
        return Boolean.TRUE.equals(asksFrontline);
    }

    boolean covidDeclaration() {
        return Boolean.TRUE.equals(asksCovidDeclaration);
    }
}
