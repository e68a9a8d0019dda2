package vn.gov.sonla.awards.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
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

    @Embedded
    private Nominee nominee;

    /** The name in lower case without diacritics, computed by the database (V66) for searching. */
    @Column(name = "nominee_search", insertable = false, updatable = false)
    private String nomineeSearch;

    @Column(name = "achievement_summary")
    private String achievementSummary;

    /** The clerk declares that the nominee was not criticised, reminded or in breach (section III.2.2). */
    @Column(name = "no_breach_declared", nullable = false)
    private boolean noBreachDeclared;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierStatus status;

    /** The reason given with the latest return, rejection or decline, shown on top of the dossier. */
    @Column(name = "last_reason")
    private String lastReason;

    /** The department's staff member handling the dossier now ("đang xử lý bởi …"); null when nobody is. */
    @Embedded
    private Claim claim;

    /** The sections the latest return asks the unit to supplement. */
    @Column(name = "returned_sections")
    @Convert(converter = FilingSections.class)
    private Set<FilingSection> returnedSections = EnumSet.noneOf(FilingSection.class);

    /** A different award form the compiling department proposes when accepting, with its reason. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_award_form_id")
    private AwardForm proposedAwardForm;

    @Column(name = "proposal_reason")
    private String proposalReason;

    /** The department's draft submission this accepted dossier has been placed in, if any. */
    @Column(name = "draft_submission_id")
    private Long draftSubmissionId;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(name = "submission_number")
    private String submissionNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DossierEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DossierCriterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    /** Steps taken since the service last asked: it publishes them as {@link DossierStepTaken} events. */
    @Transient
    private final List<DossierEvent> stepsToPublish = new ArrayList<>();

    /** The clock the dossier is handled under: given by whoever loads or creates it (the step runner, a test). */
    @Transient
    private Clock clock;

    protected Dossier() {
    }

    /**
     * A clerk starts a dossier for a nominee of the clerk's own unit, under the criteria of the chosen award
     * form for that kind of nominee.
     */
    public static Dossier draft(Campaign campaign, AwardForm awardForm, List<Criterion> criteria, Nominee nominee,
                                Unit unit, Actor clerk, Clock clock) {
        if (!clerk.is(DossierAction.CREATE.role()) || !unit.getId().equals(clerk.unitId())) {
            throw new ForbiddenException("error.forbidden.action", label(DossierAction.CREATE.labelKey()));
        }
        Dossier dossier = new Dossier();
        dossier.clock = clock;
        dossier.checkFilable(campaign, awardForm, nominee.type());
        dossier.unit = unit;
        dossier.campaign = campaign;
        dossier.awardForm = awardForm;
        dossier.nominee = nominee;
        dossier.fileUnder(criteria);
        dossier.createdAt = clock.instant();
        dossier.createdBy = clerk.username();
        dossier.status = DossierStatus.DRAFT;
        dossier.record(DossierAction.CREATE, clerk, null, DossierStatus.DRAFT, null);
        return dossier;
    }

    /**
     * The clerk changes the campaign, the award form or the kind of nominee. A different award form or kind
     * brings its own criteria; declarations of criteria that stay are kept.
     */
    public void changeAward(Campaign newCampaign, AwardForm newAwardForm, NomineeType newType, List<Criterion> newCriteria,
                            Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        checkFilable(newCampaign, newAwardForm, newType);
        boolean criteriaChange = !newAwardForm.getId().equals(awardForm.getId()) || newType != nominee.type();
        this.campaign = newCampaign;
        this.awardForm = newAwardForm;
        if (newType != nominee.type()) {
            nominee = Nominee.named(newType, nominee.name());
        }
        if (criteriaChange) {
            fileUnder(newCriteria);
        }
        record(DossierAction.EDIT, clerk, status, status, null);
    }

    /** The clerk describes the nominee (the kind of nominee is chosen with the award form). */
    public void describeNominee(Nominee nominee, Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        if (nominee.type() != this.nominee.type()) {
            throw new ConflictException("error.nomineeType.changed");
        }
        this.nominee = nominee;
        record(DossierAction.EDIT, clerk, status, status, null);
    }

    /** The clerk writes the achievement summary (báo cáo tóm tắt thành tích). */
    public void describeAchievements(String summary, Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        this.achievementSummary = summary == null || summary.isBlank() ? null : summary.strip();
        record(DossierAction.EDIT, clerk, status, status, null);
    }

    /**
     * The clerk declares which criteria are met (by their position in the checklist), with evidence notes,
     * and that the nominee has no breach.
     */
    public void declareCriteria(Map<Integer, CriterionDeclaration> declarations, boolean noBreach, Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        for (DossierCriterion line : criteria) {
            CriterionDeclaration d = declarations.getOrDefault(line.getPosition(), CriterionDeclaration.NOT_MET);
            line.declare(d.met(), d.evidence());
        }
        this.noBreachDeclared = noBreach;
        record(DossierAction.EDIT, clerk, status, status, null);
    }

    /** The clerk attaches a checked file; a new Tờ trình or report replaces the previous one. */
    public Attachment attach(AttachmentKind kind, InspectedFile file, Actor clerk) {
        guard(DossierAction.ATTACH, clerk);
        if (kind.single()) {
            List<Attachment> replaced = attachments.stream().filter(a -> a.getKind() == kind).toList();
            replaced.forEach(a -> detachOne(a, clerk));
        }
        Attachment attachment = new Attachment(this, kind, file, clerk.username(), now());
        attachments.add(attachment);
        record(DossierAction.ATTACH, clerk, status, status, file.safeName());
        return attachment;
    }

    /** The clerk removes an attachment. */
    public void detach(long attachmentId, Actor clerk) {
        guard(DossierAction.DETACH, clerk);
        Attachment attachment = attachments.stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        detachOne(attachment, clerk);
    }

    /**
     * The clerk sends the dossier to the compiling department of its campaign (again, after a return). It
     * must be complete; a note explains, for instance, why a possible duplicate is still sent.
     */
    public void submit(String note, Actor clerk) {
        guard(DossierAction.SUBMIT, clerk);
        if (!missing().isEmpty()) {
            throw new ConflictException("error.dossier.incomplete");
        }
        moveTo(DossierStatus.SUBMITTED, DossierAction.SUBMIT, clerk, note == null || note.isBlank() ? null : note.strip());
    }

    /** The clerk takes the dossier back before the department acts on it. */
    public void withdraw(Actor clerk) {
        guard(DossierAction.WITHDRAW, clerk);
        if (!sentByTheUnitAndUntouched()) {
            throw new ConflictException("error.withdraw.departmentActed");
        }
        release();
        moveTo(DossierStatus.WITHDRAWN, DossierAction.WITHDRAW, clerk, null);
    }

    /**
     * Whether the dossier waits at the department as the unit last sent it: not back there because Home Affairs
     * returned it after the department had accepted it (then the department has acted, and it is no longer
     * the unit's to withdraw).
     */
    public boolean sentByTheUnitAndUntouched() {
        return status == DossierStatus.SUBMITTED && history.stream()
                .filter(e -> e.getToStatus() == DossierStatus.SUBMITTED && e.getFromStatus() != DossierStatus.SUBMITTED)
                .reduce((first, second) -> second)
                .map(e -> e.getAction() == DossierAction.SUBMIT)
                .orElse(false);
    }

    /** What is still missing before the dossier can be submitted, as message keys; empty when complete. */
    public List<String> missing() {
        return DossierCompleteness.missing(this);
    }

    /** A staff member of the department takes the dossier to review it; nobody else's claim is overwritten. */
    public void claim(Actor staff) {
        guard(DossierAction.CLAIM, staff);
        requireNotHeldByOther(staff);
        holdFor(staff);
        record(DossierAction.CLAIM, staff, status, status, null);
    }

    /** A staff member explicitly takes over a dossier another holds; the history names the previous holder. */
    public void takeOver(Actor staff) {
        guard(DossierAction.TAKE_OVER, staff);
        String previous = claim == null ? null : claim.name();
        holdFor(staff);
        record(DossierAction.TAKE_OVER, staff, status, status, previous);
    }

    /** The department accepts the dossier for compilation. */
    public void accept(Actor staff) {
        accept(null, null, staff);
    }

    /**
     * The department accepts the dossier, optionally proposing a different award form — which then stands for
     * the rest of the path — with the reason for it.
     */
    public void accept(AwardForm proposed, String reason, Actor staff) {
        guard(DossierAction.ACCEPT, staff);
        requireNotHeldByOther(staff);
        String note = null;
        if (proposed != null && !proposed.getId().equals(awardForm.getId())) {
            if (!proposed.isRouted()) {
                throw new ConflictException("error.awardForm.grassroots");
            }
            proposedAwardForm = proposed;
            proposalReason = requireReason(reason);
            note = proposalReason;
        }
        release();
        moveTo(DossierStatus.ACCEPTED, DossierAction.ACCEPT, staff, note);
    }

    /** The department sends the dossier back to the unit, saying what to supplement. */
    public void returnForSupplementation(String reason, Actor staff) {
        returnForSupplementation(java.util.Set.of(), reason, staff);
    }

    /** The department sends the dossier back, naming the sections to supplement and what is missing. */
    public void returnForSupplementation(Set<FilingSection> sections, String reason, Actor staff) {
        guard(DossierAction.RETURN, staff);
        requireNotHeldByOther(staff);
        lastReason = requireReason(reason);
        returnedSections = EnumSet.noneOf(FilingSection.class);
        returnedSections.addAll(sections);
        release();
        moveTo(DossierStatus.RETURNED, DossierAction.RETURN, staff, lastReason);
    }

    /** The department refuses the dossier. */
    public void reject(String reason, Actor staff) {
        guard(DossierAction.REJECT, staff);
        requireNotHeldByOther(staff);
        lastReason = requireReason(reason);
        release();
        moveTo(DossierStatus.REJECTED, DossierAction.REJECT, staff, lastReason);
    }

    private void holdFor(Actor staff) {
        claim = new Claim(staff.username(), staff.fullName(), now());
    }

    private void release() {
        claim = null;
    }

    private void requireNotHeldByOther(Actor staff) {
        if (claim != null && !claim.isBy(staff)) {
            throw new ConflictException("error.claimedBy", claim.name());
        }
    }

    /** The department places the accepted dossier in one of its draft submissions (in at most one). */
    public void placeInDraft(long draftId, Actor staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        if (draftSubmissionId != null && draftSubmissionId != draftId) {
            throw new ConflictException("error.submission.inOtherDraft");
        }
        draftSubmissionId = draftId;
    }

    /** The department takes the dossier out of its draft submission. */
    public void removeFromDraft(Actor staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        draftSubmissionId = null;
    }

    /** The department's numbered submission carries the dossier to Home Affairs. */
    public void sendToHomeAffairs(long submissionId, String submissionNumber, Actor staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        if (draftSubmissionId != null && draftSubmissionId != submissionId) {
            throw new ConflictException("error.submission.inOtherDraft");
        }
        this.draftSubmissionId = null;
        this.submissionId = submissionId;
        this.submissionNumber = submissionNumber;
        moveTo(DossierStatus.AT_HOME_AFFAIRS, DossierAction.SEND_TO_HOME_AFFAIRS, staff, submissionNumber);
    }

    /** Home Affairs endorses the dossier or not, with a remark (required when not endorsing). */
    public void appraise(boolean endorsed, String remark, Actor appraiser) {
        guard(DossierAction.APPRAISE, appraiser);
        String trimmed = remark == null || remark.isBlank() ? null : remark.strip();
        if (!endorsed && trimmed == null) {
            throw new ConflictException("error.reason.required");
        }
        moveTo(DossierStatus.APPRAISED, DossierAction.APPRAISE, appraiser, trimmed);
    }

    /**
     * Home Affairs sends the dossier back to its compiling department with a reason: it leaves its submission
     * (the history keeps which one) and lands in the department's queue again, to be reviewed, accepted and
     * compiled anew (Home Affairs' opinion, if any, no longer stands: the appraisal module drops it).
     */
    public void returnToDepartment(String reason, Actor appraiser) {
        guard(DossierAction.RETURN_TO_DEPARTMENT, appraiser);
        lastReason = requireReason(reason);
        String leftSubmission = submissionNumber;
        submissionId = null;
        submissionNumber = null;
        moveTo(DossierStatus.SUBMITTED, DossierAction.RETURN_TO_DEPARTMENT, appraiser, leftSubmission + ": " + lastReason);
    }

    /** Home Affairs forwards the appraised dossier to the chairman's office. */
    public void forwardToChairman(Actor appraiser) {
        guard(DossierAction.FORWARD_TO_CHAIRMAN, appraiser);
        moveTo(DossierStatus.AT_CHAIRMAN, DossierAction.FORWARD_TO_CHAIRMAN, appraiser, submissionNumber);
    }

    /** The chairman approves a provincial award: it waits for its numbered decision. */
    public void approve(String note, Actor office) {
        approve(note, null, office);
    }

    /**
     * The chairman approves: a provincial award waits for its numbered decision; a state-level award is proposed to
     * the central level by the numbered letter ("N/TTr-UBND") given here, which the history keeps with the note.
     */
    public void approve(String note, String proposalNumber, Actor office) {
        guard(DossierAction.APPROVE, office);
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (!isStateLevel()) {
            moveTo(DossierStatus.APPROVED, DossierAction.APPROVE, office, trimmed);
            return;
        }
        if (proposalNumber == null || proposalNumber.isBlank()) {
            throw new ConflictException("error.proposal.numberRequired");
        }
        String number = proposalNumber.strip();
        moveTo(DossierStatus.PROPOSED_TO_CENTRAL, DossierAction.APPROVE, office,
                trimmed == null ? number : number + ": " + trimmed);
    }

    /** Whether the award form that stands is a state-level one, decided by the central level. */
    public boolean isStateLevel() {
        return getEffectiveAwardForm().getLevel() == AwardLevel.STATE;
    }

    /** The chairman declines the dossier, with a reason. */
    public void decline(String reason, Actor office) {
        guard(DossierAction.DECLINE, office);
        lastReason = requireReason(reason);
        moveTo(DossierStatus.DECLINED, DossierAction.DECLINE, office, lastReason);
    }

    /** The numbered provincial decision grants the approved award. */
    public void grant(String decisionNumber, Actor office) {
        guard(DossierAction.GRANT, office);
        moveTo(DossierStatus.GRANTED, DossierAction.GRANT, office, decisionNumber);
    }

    /** The chairman's office records that the central level granted the proposed state-level award. */
    public void recordCentralAward(String centralNumber, LocalDate centralDate, Actor office) {
        guard(DossierAction.RECORD_CENTRAL_AWARD, office);
        if (centralNumber == null || centralNumber.isBlank() || centralDate == null) {
            throw new ConflictException("error.central.decisionRequired");
        }
        moveTo(DossierStatus.CENTRAL_AWARDED, DossierAction.RECORD_CENTRAL_AWARD, office, centralNumber.strip());
    }

    /** The chairman's office records that the central level did not grant the proposed award, and why. */
    public void recordCentralDecline(String reason, Actor office) {
        guard(DossierAction.RECORD_CENTRAL_DECLINE, office);
        lastReason = requireReason(reason);
        moveTo(DossierStatus.CENTRAL_DECLINED, DossierAction.RECORD_CENTRAL_DECLINE, office, lastReason);
    }

    private void guard(DossierAction action, Actor actor) {
        DossierPolicy.require(this, actor, action);
    }

    private void checkFilable(Campaign campaign, AwardForm awardForm, NomineeType type) {
        if (!campaign.receivesDossiersOn(LocalDate.now(clock()))) {
            throw new ConflictException("error.campaign.closed");
        }
        if (!awardForm.isRouted()) {
            throw new ConflictException("error.awardForm.grassroots");
        }
        if (!campaign.allows(awardForm)) {
            throw new ConflictException("error.awardForm.notInCampaign");
        }
        if (!awardForm.appliesTo(type)) {
            throw new ConflictException("error.awardForm.notForNomineeType");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ConflictException("error.reason.required");
        }
        return reason.strip();
    }

    private void fileUnder(List<Criterion> newCriteria) {
        Map<Long, DossierCriterion> previous = new HashMap<>();
        criteria.forEach(c -> previous.put(c.getCriterionId(), c));
        criteria.clear();
        for (Criterion criterion : newCriteria) {
            DossierCriterion line = new DossierCriterion(this, criterion);
            DossierCriterion before = previous.get(criterion.getId());
            if (before != null) {
                line.declare(before.isMet(), before.getEvidence());
            }
            criteria.add(line);
        }
    }

    private void detachOne(Attachment attachment, Actor clerk) {
        attachments.remove(attachment);
        record(DossierAction.DETACH, clerk, status, status, attachment.getFileName());
    }

    private void moveTo(DossierStatus to, DossierAction action, Actor actor, String note) {
        DossierStatus from = status;
        status = to;
        record(action, actor, from, to, note);
    }

    private void record(DossierAction action, Actor actor, DossierStatus from, DossierStatus to, String note) {
        Instant now = now();
        statusChangedAt = from == to && statusChangedAt != null ? statusChangedAt : now;
        DossierEvent event = new DossierEvent(this, now, actor, action, from, to, note);
        history.add(event);
        stepsToPublish.add(event);
    }

    /** The dossier is handled under this clock from now on (its steps are dated by it). */
    Dossier handledUnder(Clock clock) {
        this.clock = clock;
        return this;
    }

    private Clock clock() {
        if (clock == null) {
            throw new IllegalStateException("dossier " + id + " handled without a clock");
        }
        return clock;
    }

    Instant now() {
        return clock().instant();
    }

    /** The steps recorded since the last call, oldest first (for the service to publish after the step). */
    List<DossierEvent> takeStepsToPublish() {
        List<DossierEvent> steps = List.copyOf(stepsToPublish);
        stepsToPublish.clear();
        return steps;
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

    public Nominee getNominee() {
        return nominee;
    }

    public NomineeType getNomineeType() {
        return nominee.type();
    }

    public String getNomineeName() {
        return nominee.name();
    }

    public boolean isNoBreachDeclared() {
        return noBreachDeclared;
    }

    public List<DossierCriterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public String getAchievementSummary() {
        return achievementSummary;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public String getClaimedBy() {
        return claim == null ? null : claim.username();
    }

    public String getClaimedByName() {
        return claim == null ? null : claim.name();
    }

    public Instant getClaimedAt() {
        return claim == null ? null : claim.at();
    }

    /** The sections the latest return asks to supplement. */
    public Set<FilingSection> getReturnedSections() {
        return status == DossierStatus.RETURNED ? Collections.unmodifiableSet(returnedSections) : Set.of();
    }

    public AwardForm getProposedAwardForm() {
        return proposedAwardForm;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    /** The award form that stands: the department's proposal if it made one, otherwise the unit's. */
    public AwardForm getEffectiveAwardForm() {
        return proposedAwardForm != null ? proposedAwardForm : awardForm;
    }

    public String getLastReason() {
        return lastReason;
    }

    public Long getDraftSubmissionId() {
        return draftSubmissionId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public String getSubmissionNumber() {
        return submissionNumber;
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
}
