package vn.gov.sonla.awards.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.gov.sonla.awards.common.ConflictException;

/**
 * The hand-over of one document from the specialist who prepared it to the leader who signs it: who presented it
 * and when, each presentation counted (a leader signs the presentation they read, not a later one), a return with
 * its note, and the signature with the block printed under it. Kept on the document it belongs to.
 */
@Embeddable
public class SignOff {

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "prepared_by_account_id")
    private Long preparedByAccountId;

    @Column(name = "presented_at")
    private Instant presentedAt;

    @Column(name = "presented_by")
    private String presentedBy;

    @Column(name = "return_note")
    private String returnNote;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "signed_by_account_id")
    private Long signedByAccountId;

    @Column(name = "signed_by")
    private String signedBy;

    /** The lines above the name, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
    @Column(name = "signer_authority")
    private String signerAuthority;

    @Column(name = "signed_at")
    private Instant signedAt;

    public SignOff() {
    }

    /** The specialist presents the document to the office's leaders; a new presentation, any earlier return gone. */
    public void present(Actor specialist, Instant at) {
        revision++;
        preparedByAccountId = specialist.id();
        presentedBy = specialist.fullName();
        presentedAt = at;
    }

    /**
     * The leader may sign the presentation they read: refused (409) when the specialist presented it again since, and
     * refused (403) to whoever prepared it.
     */
    public void checkSignable(int readRevision, Signatory leader) {
        FourEyesPolicy.check(preparedByAccountId, leader.accountId());
        if (readRevision != revision) {
            throw new ConflictException("error.signing.changed");
        }
    }

    /** A leader sends it back to the specialist with a note. */
    public void returned(Signatory leader, String note, Instant at) {
        returnNote = note;
        returnedAt = at;
        returnedBy = leader.fullName();
    }

    public void signed(Signatory leader, Instant at) {
        signedByAccountId = leader.accountId();
        signedBy = leader.fullName();
        signerAuthority = leader.block().authorityLine();
        signedAt = at;
        returnNote = null;
    }

    public SignOffView view() {
        return new SignOffView(revision, preparedByAccountId, presentedAt, presentedBy, returnNote, returnedAt, returnedBy,
                signedByAccountId, signedBy, signerAuthority, signedAt);
    }

    public int getRevision() {
        return revision;
    }

    public Long getPreparedByAccountId() {
        return preparedByAccountId;
    }

    public Instant getPresentedAt() {
        return presentedAt;
    }

    public String getPresentedBy() {
        return presentedBy;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Long getSignedByAccountId() {
        return signedByAccountId;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    /** The authority lines one by one, for a signature block. */
    public java.util.List<String> getSignerAuthorityLines() {
        return signerAuthority == null ? java.util.List.of() : java.util.List.of(signerAuthority.split(" / "));
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public boolean isSigned() {
        return signedAt != null;
    }
}
