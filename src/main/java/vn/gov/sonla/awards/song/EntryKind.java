package vn.gov.sonla.awards.song;

/** A line of the ledger: something given to the program, or devices handed to a school. */
public enum EntryKind {
    CONTRIBUTION, DISTRIBUTION;

    public String labelKey() {
        return "song.kind." + name();
    }
}
