package vn.gov.sonla.awards.signature;

/** Where the signing time of a verified signature comes from. */
public enum TimeSource {
    /** The signature's own timestamp (RFC 3161) from a time-stamping authority. */
    TIMESTAMP,
    /** The time the signer's software claims (the signed signing-time attribute, else the signature's /M). */
    CLAIMED;

    public String labelKey() {
        return "signature.timeSource." + name();
    }
}
