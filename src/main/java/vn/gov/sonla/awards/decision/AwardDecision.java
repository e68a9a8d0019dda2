package vn.gov.sonla.awards.decision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

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

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected AwardDecision() {
    }

    AwardDecision(int year, int seq, String number, LocalDate issuedOn, String signerName, long submissionId,
                  String createdBy) {
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.issuedOn = issuedOn;
        this.signerName = signerName;
        this.submissionId = submissionId;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
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
}
