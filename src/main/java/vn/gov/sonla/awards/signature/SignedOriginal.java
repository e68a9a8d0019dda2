package vn.gov.sonla.awards.signature;

import java.time.Instant;
import java.util.List;

/**
 * One upload of a document's signed original and its verdict: accepted (then the file is kept and this is the
 * document's signed original until a later accepted upload) or refused with its reason (the file is not kept).
 * The signer, time and trust path are those the verification found; revocation was not checked.
 */
public record SignedOriginal(long id, DocumentKind kind, long documentId, String fileName, long size, String sha256,
                             boolean accepted, Refusal refusal, String signerName, String signerSubject,
                             Instant signedAt, TimeSource timeSource, List<String> trustPath,
                             String uploadedByName, Instant uploadedAt) {

    public String trustPathText() {
        return String.join(" → ", trustPath);
    }
}
