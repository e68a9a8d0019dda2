package vn.gov.sonla.awards.decision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.decision.DecisionView;

/**
 * A decision of the provincial chairman (Quyết định "Số: N/QĐ-UBND") granting the Chairman's Certificate
 * of Merit to the approved dossiers of a submission. Once issued it never changes.
 */
@Entity
@Immutable
@Table(name = "award_decision")
public class AwardDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    /** The lines above the name ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), from the account that signed; null before accounts signed. */
    @Column(name = "signer_authority")
    private String signerAuthority;

    @Column(name = "signed_by_account_id")
    private Long signedByAccountId;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** The decision this one corrects (đính chính), with what it corrects; null for an ordinary decision. */
    @Column(name = "corrects_decision_id")
    private Long correctsDecisionId;

    @Column(name = "correction_reason")
    private String correctionReason;

    /** The key of the request that issued this correction: the same request again finds it instead of another. */
    @Column(name = "request_key")
    private UUID requestKey;

    protected AwardDecision() {
    }

    public AwardDecision(int year, int seq, String number, LocalDate issuedOn, Signatory signer, long submissionId,
                  String createdBy, Instant createdAt) {
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.issuedOn = issuedOn;
        this.signerName = signer.fullName();
        this.signerAuthority = signer.block().authorityLine();
        this.signedByAccountId = signer.accountId();
        this.submissionId = submissionId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A new decision of the same submission correcting an issued one; it grants nothing by itself. */
    public static AwardDecision correcting(AwardDecision corrected, int year, int seq, String number, LocalDate issuedOn,
                                    Signatory signer, String reason, UUID requestKey, String createdBy, Instant createdAt) {
        AwardDecision d = new AwardDecision(year, seq, number, issuedOn, signer, corrected.getSubmissionId(), createdBy,
                createdAt);
        d.correctsDecisionId = corrected.getId();
        d.correctionReason = reason;
        d.requestKey = requestKey;
        return d;
    }

    public Long getCorrectsDecisionId() {
        return correctsDecisionId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public boolean isCorrection() {
        return correctsDecisionId != null;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSignerName() {
        return signerName;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    /** What other modules and pages read of the decision. */
    public DecisionView view() {
        return new DecisionView(id, year, number, issuedOn, signerName, signerAuthority, submissionId, correctsDecisionId,
                correctionReason);
    }
}
