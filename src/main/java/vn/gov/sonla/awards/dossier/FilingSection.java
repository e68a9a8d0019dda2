package vn.gov.sonla.awards.dossier;

/** The sections of a dossier a department can ask the unit to supplement when it returns the dossier. */
public enum FilingSection {
    NOMINEE, ACHIEVEMENTS, CRITERIA, ATTACHMENTS;

    public String labelKey() {
        return "filing.section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
