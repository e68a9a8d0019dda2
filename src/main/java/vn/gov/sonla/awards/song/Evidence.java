package vn.gov.sonla.awards.song;

/** A receipt or hand-over record as uploaded, before its content is checked. */
public record Evidence(String fileName, byte[] bytes) {

    public boolean present() {
        return bytes != null && bytes.length > 0;
    }
}
