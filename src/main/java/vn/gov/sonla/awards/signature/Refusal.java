package vn.gov.sonla.awards.signature;

/** Why an uploaded signed original is refused; each has its message {@code signature.refusal.<name>}. */
public enum Refusal {
    EMPTY,
    TOO_LARGE,
    NOT_PDF,
    NO_SIGNATURE,
    UNSUPPORTED_SIGNATURE,
    DIGEST_MISMATCH,
    CHANGED_AFTER_SIGNING,
    OTHER_DOCUMENT,
    UNTRUSTED_ISSUER,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID;

    public String labelKey() {
        return "signature.refusal." + name();
    }
}
