package vn.gov.sonla.awards.review;

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

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.organisation.Unit;

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

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

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

    static Submission send(Unit department, int year, int seq, String number, CurrentUser staff) {
        Submission s = new Submission();
        s.department = department;
        s.year = year;
        s.seq = seq;
        s.number = number;
        s.status = SubmissionStatus.AT_HOME_AFFAIRS;
        s.sentAt = Instant.now();
        s.sentBy = staff.fullName();
        return s;
    }

    /** Home Affairs forwards the appraised submission to the chairman's office with its numbered report. */
    void forwardToChairman(CurrentUser appraiser, String reportNumber) {
        require(SubmissionStatus.AT_HOME_AFFAIRS);
        status = SubmissionStatus.AT_CHAIRMAN;
        appraisalReportNumber = reportNumber;
        forwardedAt = Instant.now();
        forwardedBy = appraiser.fullName();
    }

    /** The chairman's office has decided every dossier of the submission. */
    void close() {
        require(SubmissionStatus.AT_CHAIRMAN);
        status = SubmissionStatus.CLOSED;
        closedAt = Instant.now();
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

    public int getYear() {
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
}
