package vn.gov.sonla.awards.song;

/** Who gave: a unit of the system, or an enterprise, organisation or person outside it, by name. */
public enum ContributorType {
    UNIT, ENTERPRISE, ORGANISATION, PERSON;

    public String labelKey() {
        return "song.contributorType." + name();
    }
}
