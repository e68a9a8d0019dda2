package vn.gov.sonla.awards.decision;

/** A field printed on a certificate's blank (phôi), in the order the layout lists them. */
public enum PrintField {
    AWARDEE, POSITION, UNIT, AWARD_LINE, DECISION, PLACE_DATE, SIGNER_TITLE, SIGNER_NAME;

    public String labelKey() {
        return "print.field." + name();
    }

    /** The text the on-screen preview shows in its place. */
    public String sampleKey() {
        return "print.sample." + name();
    }
}
