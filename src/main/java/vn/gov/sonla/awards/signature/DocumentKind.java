package vn.gov.sonla.awards.signature;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of numbered document that have a signed original, each with the slug of its addresses. */
public enum DocumentKind {

    /** A compiling department's Tờ trình to Home Affairs. */
    SUBMISSION("submission"),
    /** Home Affairs' report (Tờ trình) to the chairman on a submission. */
    APPRAISAL_REPORT("appraisal-report"),
    /** A decision of the chairman, or its correction (đính chính). */
    DECISION("decision"),
    /** The chairman's letter proposing a submission's state-level awards to the central level (by submission). */
    LETTER("letter");

    private final String slug;

    DocumentKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String labelKey() {
        return "signature.kind." + name();
    }

    public static Optional<DocumentKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    /**
     * What the system writes into the metadata of the PDF it makes of a document (the custom key
     * {@link #METADATA_KEY}), so that a signed copy uploaded later can be matched to its record.
     */
    public String identifier(long id) {
        return "sonla-awards:" + slug + ":" + id;
    }

    /** The document information key that holds {@link #identifier(long)}. */
    public static final String METADATA_KEY = "SonLaAwardsDocument";
}
