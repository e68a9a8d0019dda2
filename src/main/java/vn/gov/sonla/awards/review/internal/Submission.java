package vn.gov.sonla.awards.review.internal;

import java.time.Instant;

import jakarta.persistence.Column;
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

    /** The draft is sent to Home Affairs under the department's next number for the year. */
    public void send(int year, int seq, String number, Actor staff, Instant at) {
        require(SubmissionStatus.DRAFT);
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.status = SubmissionStatus.AT_HOME_AFFAIRS;
        this.sentAt = at;
        this.sentBy = staff.fullName();
    }

    public boolean isDraft() {
        return status == SubmissionStatus.DRAFT;
    }

    /** Home Affairs forwards the appraised submission to the chairman's office with its numbered report. */
    public void forwardToChairman(Actor appraiser, String reportNumber, Instant at) {
        require(SubmissionStatus.AT_HOME_AFFAIRS);
        status = SubmissionStatus.AT_CHAIRMAN;
        appraisalReportNumber = reportNumber;
        forwardedAt = at;
        forwardedBy = appraiser.fullName();
    }

    /** The chairman's office has decided every dossier of the submission. */
    public void close(Instant at) {
        require(SubmissionStatus.AT_CHAIRMAN);
        status = SubmissionStatus.CLOSED;
        closedAt = at;
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

    /** What other modules and pages read of the submission. */
    public SubmissionView view() {
        return new SubmissionView(id, department.getId(), department.getName(), department.getCode(), status, year,
                number, createdAt, createdBy, sentAt, sentBy, forwardedAt, forwardedBy, closedAt, appraisalReportNumber);
    }
}
