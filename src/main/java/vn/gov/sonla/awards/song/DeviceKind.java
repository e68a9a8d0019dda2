package vn.gov.sonla.awards.song;

/** What kind of device was given or handed to a school. */
public enum DeviceKind {
    COMPUTER, TABLET, PHONE, SIM;

    public String labelKey() {
        return "song.device." + name();
    }
}
