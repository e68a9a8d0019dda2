package vn.gov.sonla.awards.review.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.SignOff;
import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.SubmissionView;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * A compiled submission (tờ trình tổng hợp): the accepted dossiers a compiling department sends to Home
 * Affairs under one number per department and year ("3/TTr-SYT").
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_unit_id")
    private Unit department;

    private Integer year;

    private Integer seq;

    /** "3/TTr-SYT": given when the submission is sent, never while it is a draft. */
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    @Column(name = "forwarded_by")
    private String forwardedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Home Affairs' appraisal report ("N/TTr-SNV") sent with the submission to the chairman. */
    @Column(name = "appraisal_report_number")
    private String appraisalReportNumber;

    /** The department's Tờ trình: prepared by a specialist, signed by a leader. */
    @Embedded
    private SignOff signOff = new SignOff();

    /** Home Affairs' appraisal report: prepared by a specialist, signed by its director or a deputy. */
    @Embedded
    @AttributeOverride(name = "revision", column = @Column(name = "report_revision", nullable = false))
    @AttributeOverride(name = "preparedByAccountId", column = @Column(name = "report_prepared_by_account_id"))
    @AttributeOverride(name = "presentedAt", column = @Column(name = "report_presented_at"))
    @AttributeOverride(name = "presentedBy", column = @Column(name = "report_presented_by"))
    @AttributeOverride(name = "returnNote", column = @Column(name = "report_return_note"))
    @AttributeOverride(name = "returnedAt", column = @Column(name = "report_returned_at"))
    @AttributeOverride(name = "returnedBy", column = @Column(name = "report_returned_by"))
    @AttributeOverride(name = "signedByAccountId", column = @Column(name = "report_signed_by_account_id"))
    @AttributeOverride(name = "signedBy", column = @Column(name = "report_signed_by"))
    @AttributeOverride(name = "signerAuthority", column = @Column(name = "report_signer_authority"))
    @AttributeOverride(name = "signedAt", column = @Column(name = "report_signed_at"))
    private SignOff reportSignOff = new SignOff();

    /**
     * The chairman's answer on the submission (the decision and the letter proposing state-level awards): prepared by
     * the chairman's office, signed by the chairman or a vice-chairman.
     */
    @Embedded
    @AttributeOverride(name = "revision", column = @Column(name = "decision_revision", nullable = false))
    @AttributeOverride(name = "preparedByAccountId", column = @Column(name = "decision_prepared_by_account_id"))
    @AttributeOverride(name = "presentedAt", column = @Column(name = "decision_presented_at"))
    @AttributeOverride(name = "presentedBy", column = @Column(name = "decision_presented_by"))
    @AttributeOverride(name = "returnNote", column = @Column(name = "decision_return_note"))
    @AttributeOverride(name = "returnedAt", column = @Column(name = "decision_returned_at"))
    @AttributeOverride(name = "returnedBy", column = @Column(name = "decision_returned_by"))
    @AttributeOverride(name = "signedByAccountId", column = @Column(name = "decision_signed_by_account_id"))
    @AttributeOverride(name = "signedBy", column = @Column(name = "decision_signed_by"))
    @AttributeOverride(name = "signerAuthority", column = @Column(name = "decision_signer_authority"))
    @AttributeOverride(name = "signedAt", column = @Column(name = "decision_signed_at"))
    private SignOff decisionSignOff = new SignOff();

    /** The date the prepared decision is to bear. */
    @Column(name = "decision_date")
    private LocalDate decisionDate;

    /** The leader the chairman's office asks to sign (the chairman or a vice-chairman). */
    @Column(name = "decision_signer_account_id")
    private Long decisionSignerAccountId;

    /** The chairman's letter proposing the submission's state-level awards ("N/TTr-UBND"), numbered at signature. */
    @Column(name = "proposal_letter_number")
    private String proposalLetterNumber;

    protected Submission() {
    }

    /** A department starts putting accepted dossiers together. */
    public static Submission draft(Unit department, Actor staff, Instant at) {
        Submission s = new Submission();
        s.department = department;
        s.status = SubmissionStatus.DRAFT;
        s.createdAt = at;
        s.createdBy = staff.fullName();
        return s;
    }

    /** The specialist presents the draft to the department's leaders (Trình lãnh đạo ký). */
    public void present(Actor specialist, Instant at) {
        require(SubmissionStatus.DRAFT);
        status = SubmissionStatus.AWAITING_SIGNATURE;
        signOff.present(specialist, at);
    }

    /** The specialist takes the presented draft back to change it; a leader then signs only a new presentation. */
    public void recall() {
        require(SubmissionStatus.AWAITING_SIGNATURE);
        status = SubmissionStatus.DRAFT;
    }

    /** A leader sends the draft back to the specialist with a note (Trả lại chuyên viên). */
    public void returnToSpecialist(int readRevision, Signatory leader, String note, Instant at) {
        require(SubmissionStatus.AWAITING_SIGNATURE);
        signOff.checkSignable(readRevision, leader);
        status = SubmissionStatus.DRAFT;
        signOff.returned(leader, note, at);
    }

    /**
     * A leader signs the presented draft (Ký ban hành): it takes the department's next number for the year and goes
     * to Home Affairs.
     */
    public void sign(int readRevision, int year, int seq, String number, Signatory leader, Instant at) {
        require(SubmissionStatus.AWAITING_SIGNATURE);
        signOff.checkSignable(readRevision, leader);
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.status = SubmissionStatus.AT_HOME_AFFAIRS;
        this.sentAt = at;
        this.sentBy = leader.fullName();
        signOff.signed(leader, at);
    }

    /** Home Affairs' specialist presents the appraisal report to its director once every dossier is appraised. */
    public void presentReport(Actor specialist, Instant at) {
        require(SubmissionStatus.AT_HOME_AFFAIRS);
        status = SubmissionStatus.REPORT_AWAITING_SIGNATURE;
        reportSignOff.present(specialist, at);
    }

    public void recallReport() {
        require(SubmissionStatus.REPORT_AWAITING_SIGNATURE);
        status = SubmissionStatus.AT_HOME_AFFAIRS;
    }

    public void returnReport(int readRevision, Signatory leader, String note, Instant at) {
        require(SubmissionStatus.REPORT_AWAITING_SIGNATURE);
        reportSignOff.checkSignable(readRevision, leader);
        status = SubmissionStatus.AT_HOME_AFFAIRS;
        reportSignOff.returned(leader, note, at);
    }

    public boolean isDraft() {
        return status == SubmissionStatus.DRAFT;
    }

    /**
     * Home Affairs' director (or a deputy) signs the appraisal report, which takes its number, and the submission goes
     * to the chairman's office with it.
     */
    public void signReportAndForward(int readRevision, Signatory leader, String reportNumber, Instant at) {
        require(SubmissionStatus.REPORT_AWAITING_SIGNATURE);
        reportSignOff.checkSignable(readRevision, leader);
        status = SubmissionStatus.AT_CHAIRMAN;
        appraisalReportNumber = reportNumber;
        forwardedAt = at;
        forwardedBy = leader.fullName();
        reportSignOff.signed(leader, at);
    }

    /**
     * The chairman's office presents its answer to the chairman or a vice-chairman (Trình ký): the rows decided, the
     * date the decision is to bear and who is asked to sign it.
     */
    public void presentDecision(Actor specialist, LocalDate date, long signerAccountId, Instant at) {
        require(SubmissionStatus.AT_CHAIRMAN);
        status = SubmissionStatus.DECISION_AWAITING_SIGNATURE;
        decisionDate = date;
        decisionSignerAccountId = signerAccountId;
        decisionSignOff.present(specialist, at);
    }

    /** The office takes its presented answer back to change it. */
    public void recallDecision() {
        require(SubmissionStatus.DECISION_AWAITING_SIGNATURE);
        status = SubmissionStatus.AT_CHAIRMAN;
    }

    /** The chairman or a vice-chairman sends the answer back to the office with a note. */
    public void returnDecision(int readRevision, Signatory leader, String note, Instant at) {
        require(SubmissionStatus.DECISION_AWAITING_SIGNATURE);
        decisionSignOff.checkSignable(readRevision, leader);
        status = SubmissionStatus.AT_CHAIRMAN;
        decisionSignOff.returned(leader, note, at);
    }

    /** Whether the leader may sign the presentation they read: four eyes, and the presentation unchanged since. */
    public void checkDecisionSignable(int readRevision, Signatory leader) {
        require(SubmissionStatus.DECISION_AWAITING_SIGNATURE);
        decisionSignOff.checkSignable(readRevision, leader);
    }

    /**
     * The chairman or a vice-chairman has signed the answer: every dossier of the submission is decided, and the
     * letter proposing its state-level awards (if any) has its number.
     */
    public void signDecision(int readRevision, Signatory leader, String letterNumber, Instant at) {
        checkDecisionSignable(readRevision, leader);
        status = SubmissionStatus.CLOSED;
        closedAt = at;
        proposalLetterNumber = letterNumber;
        decisionSignOff.signed(leader, at);
    }

    private void require(SubmissionStatus expected) {
        if (status != expected) {
            throw new ConflictException("error.submission.transition", label(status.labelKey()));
        }
    }

    public Long getId() {
        return id;
    }

    public Unit getDepartment() {
        return department;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Integer getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getAppraisalReportNumber() {
        return appraisalReportNumber;
    }

    public SignOff getSignOff() {
        return signOff;
    }

    public SignOff getDecisionSignOff() {
        return decisionSignOff;
    }

    public SignOff getReportSignOff() {
        return reportSignOff;
    }

    public long getVersion() {
        return version;
    }

    /** What other modules and pages read of the submission. */
    public SubmissionView view() {
        return new SubmissionView(id, department.getId(), department.getName(), department.getCode(), status, year,
                number, createdAt, createdBy, sentAt, sentBy, forwardedAt, forwardedBy, closedAt, appraisalReportNumber,
                signOff.view(), reportSignOff.view(), decisionSignOff.view(), decisionDate, decisionSignerAccountId,
                proposalLetterNumber);
    }
}
