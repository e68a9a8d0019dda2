package vn.gov.sonla.awards.signature;

/** Where the signing time of a verified signature comes from. */
public enum TimeSource {
    /**
     * The signature's own timestamp (RFC 3161), verified: the token's signature holds and its time-stamping
     * authority chains to an installed trust anchor.
     */
    TIMESTAMP,
    /** The signature carries a timestamp that does not verify: the claimed time is used instead. */
    TIMESTAMP_UNVERIFIED,
    /** The time the signer's software claims (the signed signing-time attribute, else the signature's /M). */
    CLAIMED;

    public String labelKey() {
        return "signature.timeSource." + name();
    }
}
