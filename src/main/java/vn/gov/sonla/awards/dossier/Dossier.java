package vn.gov.sonla.awards.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.organisation.Unit;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * A dossier (hồ sơ đề nghị khen thưởng): a unit's proposal of one award form for one nominee under one
 * campaign, and the story of its path. Each step is a guarded method that checks who acts and from which
 * stage, moves the stage and appends to the history in the same transaction.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_form_id")
    private AwardForm awardForm;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    private NomineeType nomineeType;

    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;

    @Column(name = "nominee_position")
    private String nomineePosition;

    @Column(name = "nominee_birth_year")
    private Integer nomineeBirthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_gender")
    private Gender nomineeGender;

    @Column(nullable = false)
    private boolean frontline;

    @Column(name = "achievement_summary", nullable = false)
    private String achievementSummary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierStatus status;

    /** The reason given with the latest return, rejection or decline, shown on top of the dossier. */
    @Column(name = "last_reason")
    private String lastReason;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(name = "submission_number")
    private String submissionNumber;

    @Column(name = "appraisal_endorsed")
    private Boolean appraisalEndorsed;

    @Column(name = "appraisal_remark")
    private String appraisalRemark;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "central_decision_number")
    private String centralDecisionNumber;

    @Column(name = "central_decision_date")
    private LocalDate centralDecisionDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DossierEvent> history = new ArrayList<>();

    protected Dossier() {
    }

    /** A clerk starts a dossier for a nominee of the clerk's own unit. */
    public static Dossier draft(Campaign campaign, AwardForm awardForm, Nominee nominee, Unit unit, CurrentUser clerk) {
        if (!clerk.is(DossierAction.CREATE.role()) || !unit.getId().equals(clerk.unitId())) {
            throw new ForbiddenException("error.forbidden.action", label(DossierAction.CREATE.labelKey()));
        }
        checkFilable(campaign, awardForm);
        Dossier dossier = new Dossier();
        dossier.unit = unit;
        dossier.campaign = campaign;
        dossier.awardForm = awardForm;
        dossier.setNominee(nominee);
        dossier.createdAt = Instant.now();
        dossier.createdBy = clerk.getUsername();
        dossier.status = DossierStatus.DRAFT;
        dossier.record(DossierAction.CREATE, clerk, null, DossierStatus.DRAFT, null);
        return dossier;
    }

    /** The clerk changes what the dossier says, while it is a draft or returned for supplementation. */
    public void revise(Campaign newCampaign, AwardForm newAwardForm, Nominee nominee, CurrentUser clerk) {
        guard(DossierAction.EDIT, clerk);
        checkFilable(newCampaign, newAwardForm);
        this.campaign = newCampaign;
        this.awardForm = newAwardForm;
        setNominee(nominee);
        record(DossierAction.EDIT, clerk, status, status, null);
    }

    /** The clerk sends the dossier to the compiling department of its campaign (again, after a return). */
    public void submit(CurrentUser clerk) {
        guard(DossierAction.SUBMIT, clerk);
        moveTo(DossierStatus.SUBMITTED, DossierAction.SUBMIT, clerk, null);
    }

    /** The department accepts the dossier for compilation. */
    public void accept(CurrentUser staff) {
        guard(DossierAction.ACCEPT, staff);
        moveTo(DossierStatus.ACCEPTED, DossierAction.ACCEPT, staff, null);
    }

    /** The department sends the dossier back to the unit, saying what to supplement. */
    public void returnForSupplementation(String reason, CurrentUser staff) {
        guard(DossierAction.RETURN, staff);
        lastReason = requireReason(reason);
        moveTo(DossierStatus.RETURNED, DossierAction.RETURN, staff, lastReason);
    }

    /** The department refuses the dossier. */
    public void reject(String reason, CurrentUser staff) {
        guard(DossierAction.REJECT, staff);
        lastReason = requireReason(reason);
        moveTo(DossierStatus.REJECTED, DossierAction.REJECT, staff, lastReason);
    }

    /** The department's numbered submission carries the dossier to Home Affairs. */
    public void sendToHomeAffairs(long submissionId, String submissionNumber, CurrentUser staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        this.submissionId = submissionId;
        this.submissionNumber = submissionNumber;
        moveTo(DossierStatus.AT_HOME_AFFAIRS, DossierAction.SEND_TO_HOME_AFFAIRS, staff, submissionNumber);
    }

    /** Home Affairs endorses the dossier or not, with a remark (required when not endorsing). */
    public void appraise(boolean endorsed, String remark, CurrentUser appraiser) {
        guard(DossierAction.APPRAISE, appraiser);
        String trimmed = remark == null || remark.isBlank() ? null : remark.strip();
        if (!endorsed && trimmed == null) {
            throw new ConflictException("error.reason.required");
        }
        this.appraisalEndorsed = endorsed;
        this.appraisalRemark = trimmed;
        moveTo(DossierStatus.APPRAISED, DossierAction.APPRAISE, appraiser, trimmed);
    }

    /** Home Affairs forwards the appraised dossier to the chairman's office. */
    public void forwardToChairman(CurrentUser appraiser) {
        guard(DossierAction.FORWARD_TO_CHAIRMAN, appraiser);
        moveTo(DossierStatus.AT_CHAIRMAN, DossierAction.FORWARD_TO_CHAIRMAN, appraiser, submissionNumber);
    }

    /**
     * The chairman approves: a provincial award waits for its numbered decision; a state-level award is
     * approved for proposal to the central level.
     */
    public void approve(String note, CurrentUser office) {
        guard(DossierAction.APPROVE, office);
        DossierStatus to = awardForm.getLevel() == AwardLevel.STATE
                ? DossierStatus.PROPOSED_TO_CENTRAL : DossierStatus.APPROVED;
        moveTo(to, DossierAction.APPROVE, office, note == null || note.isBlank() ? null : note.strip());
    }

    /** The chairman declines the dossier, with a reason. */
    public void decline(String reason, CurrentUser office) {
        guard(DossierAction.DECLINE, office);
        lastReason = requireReason(reason);
        moveTo(DossierStatus.DECLINED, DossierAction.DECLINE, office, lastReason);
    }

    /** The numbered provincial decision grants the approved award. */
    public void grant(long decisionId, String decisionNumber, LocalDate decisionDate, CurrentUser office) {
        guard(DossierAction.GRANT, office);
        this.decisionId = decisionId;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        moveTo(DossierStatus.GRANTED, DossierAction.GRANT, office, decisionNumber);
    }

    /** The chairman's office records that the central level granted the proposed state-level award. */
    public void recordCentralAward(String centralNumber, LocalDate centralDate, CurrentUser office) {
        guard(DossierAction.RECORD_CENTRAL_AWARD, office);
        if (centralNumber == null || centralNumber.isBlank() || centralDate == null) {
            throw new ConflictException("error.central.decisionRequired");
        }
        this.centralDecisionNumber = centralNumber.strip();
        this.centralDecisionDate = centralDate;
        moveTo(DossierStatus.CENTRAL_AWARDED, DossierAction.RECORD_CENTRAL_AWARD, office, centralDecisionNumber);
    }

    /** The chairman's office records that the central level did not grant the proposed award, and why. */
    public void recordCentralDecline(String reason, CurrentUser office) {
        guard(DossierAction.RECORD_CENTRAL_DECLINE, office);
        lastReason = requireReason(reason);
        moveTo(DossierStatus.CENTRAL_DECLINED, DossierAction.RECORD_CENTRAL_DECLINE, office, lastReason);
    }

    private void guard(DossierAction action, CurrentUser actor) {
        DossierPolicy.require(this, actor, action);
    }

    private static void checkFilable(Campaign campaign, AwardForm awardForm) {
        if (!campaign.isActive()) {
            throw new ConflictException("error.campaign.closed");
        }
        if (!awardForm.isRouted()) {
            throw new ConflictException("error.awardForm.grassroots");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ConflictException("error.reason.required");
        }
        return reason.strip();
    }

    private void setNominee(Nominee nominee) {
        this.nomineeType = nominee.type();
        this.nomineeName = nominee.name();
        this.nomineePosition = nominee.position();
        this.nomineeBirthYear = nominee.birthYear();
        this.nomineeGender = nominee.gender();
        this.frontline = nominee.frontline();
        this.achievementSummary = nominee.achievementSummary();
    }

    private void moveTo(DossierStatus to, DossierAction action, CurrentUser actor, String note) {
        DossierStatus from = status;
        status = to;
        record(action, actor, from, to, note);
    }

    private void record(DossierAction action, CurrentUser actor, DossierStatus from, DossierStatus to, String note) {
        Instant now = Instant.now();
        statusChangedAt = from == to && statusChangedAt != null ? statusChangedAt : now;
        history.add(new DossierEvent(this, now, actor, action, from, to, note));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public AwardForm getAwardForm() {
        return awardForm;
    }

    public Unit getUnit() {
        return unit;
    }

    public NomineeType getNomineeType() {
        return nomineeType;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public String getNomineePosition() {
        return nomineePosition;
    }

    public Integer getNomineeBirthYear() {
        return nomineeBirthYear;
    }

    public Gender getNomineeGender() {
        return nomineeGender;
    }

    public boolean isFrontline() {
        return frontline;
    }

    public String getAchievementSummary() {
        return achievementSummary;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public String getLastReason() {
        return lastReason;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public String getSubmissionNumber() {
        return submissionNumber;
    }

    public Boolean getAppraisalEndorsed() {
        return appraisalEndorsed;
    }

    public String getAppraisalRemark() {
        return appraisalRemark;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getCentralDecisionNumber() {
        return centralDecisionNumber;
    }

    public LocalDate getCentralDecisionDate() {
        return centralDecisionDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public List<DossierEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Nominee nominee() {
        return new Nominee(nomineeType, nomineeName, nomineePosition, nomineeBirthYear, nomineeGender, frontline,
                achievementSummary);
    }
}
