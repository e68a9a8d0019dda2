package vn.gov.sonla.awards.account;

import java.time.Instant;
import java.util.List;

/** A document's hand-over from specialist to leader as pages and other modules read it (see {@link SignOff}). */
public record SignOffView(int revision, Long preparedByAccountId, Instant presentedAt, String presentedBy,
                          String returnNote, Instant returnedAt, String returnedBy, Long signedByAccountId,
                          String signedBy, String signerAuthority, Instant signedAt) {

    public boolean signed() {
        return signedAt != null;
    }

    /** The authority lines one by one, for a signature block ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"). */
    public List<String> signerAuthorityLines() {
        return signerAuthority == null ? List.of() : List.of(signerAuthority.split(" / "));
    }
}
