package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.dossier.AttachmentKind;
import vn.gov.sonla.awards.dossier.CriterionDeclaration;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.FilingSection;
import vn.gov.sonla.awards.dossier.Nominee;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * A dossier (hồ sơ đề nghị khen thưởng): a unit's proposal of one award form for one nominee under one
 * campaign, and the story of its path. Each step is a guarded method that checks who acts and from which
 * stage, moves the stage and appends to the history in the same transaction.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends DecidedDossier {

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

    /** The department's draft or numbered submission the accepted dossier is in; null when in none. */
    @Embedded
    private Placement placement;

    protected Dossier() {
    }

    @Override
    Dossier dossier() {
        return this;
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
        dossier.handledUnder(clock);
        dossier.start(campaign, awardForm, criteria, nominee, unit, clerk.username(), clock.instant(), dossier.today());
        dossier.moveTo(DossierStatus.DRAFT, DossierAction.CREATE, clerk, null);
        return dossier;
    }

    /**
     * The clerk changes the campaign, the award form or the kind of nominee. A different award form or kind
     * brings its own criteria; declarations of criteria that stay are kept.
     */
    public void changeAward(Campaign newCampaign, AwardForm newAwardForm, NomineeType newType, List<Criterion> newCriteria,
                            Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        refile(newCampaign, newAwardForm, newType, newCriteria, today());
        record(DossierAction.EDIT, clerk, null);
    }

    /** The clerk describes the nominee (the kind of nominee is chosen with the award form). */
    public void describeNominee(Nominee nominee, Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        describe(nominee);
        record(DossierAction.EDIT, clerk, null);
    }

    /** The clerk writes the achievement summary (báo cáo tóm tắt thành tích). */
    public void describeAchievements(String summary, Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        summarise(summary);
        record(DossierAction.EDIT, clerk, null);
    }

    /**
     * The clerk declares which criteria are met (by their position in the checklist), with evidence notes,
     * and that the nominee has no breach.
     */
    public void declareCriteria(Map<Integer, CriterionDeclaration> declarations, boolean noBreach, Actor clerk) {
        guard(DossierAction.EDIT, clerk);
        declare(declarations, noBreach);
        record(DossierAction.EDIT, clerk, null);
    }

    /** The clerk attaches a checked file; a new Tờ trình or report replaces the previous one. */
    public Attachment attach(AttachmentKind kind, InspectedFile file, Actor clerk) {
        guard(DossierAction.ATTACH, clerk);
        Attachment attachment = new Attachment(this, kind, file, clerk.username(), now());
        add(attachment).forEach(replaced -> record(DossierAction.DETACH, clerk, replaced.getFileName()));
        record(DossierAction.ATTACH, clerk, file.safeName());
        return attachment;
    }

    /** The clerk removes an attachment. */
    public void detach(long attachmentId, Actor clerk) {
        guard(DossierAction.DETACH, clerk);
        record(DossierAction.DETACH, clerk, remove(attachmentId).getFileName());
    }

    /**
     * The clerk sends the dossier to the compiling department of its campaign (again, after a return). It
     * must be complete; a note explains, for instance, why a possible duplicate is still sent.
     */
    public void submit(String note, Actor clerk) {
        guard(DossierAction.SUBMIT, clerk);
        if (getStatus() == DossierStatus.AT_UNIT_HEAD || getUnit().isHeadSigns()) {
            // the unit's head sends it: the clerk presents it to the head
            throw new ConflictException("error.dossier.unitHeadSigns");
        }
        requireComplete();
        moveTo(DossierStatus.SUBMITTED, DossierAction.SUBMIT, clerk, optional(note));
    }

    private void requireComplete() {
        if (!missing().isEmpty()) {
            throw new ConflictException("error.dossier.incomplete");
        }
    }

    /** The clerk of a unit whose head signs presents the finished dossier to the head (Trình thủ trưởng đơn vị). */
    public void presentToUnitHead(String note, Actor clerk) {
        guard(DossierAction.PRESENT_TO_UNIT_HEAD, clerk);
        if (!getUnit().isHeadSigns()) {
            throw new ConflictException("error.dossier.noUnitHead");
        }
        requireComplete();
        moveTo(DossierStatus.AT_UNIT_HEAD, DossierAction.PRESENT_TO_UNIT_HEAD, clerk, optional(note));
    }

    /**
     * The unit's head sends the dossier on to the compiling department; the caller has checked that the head is a
     * leader of the unit. Whoever presented it never sends it on (four eyes).
     */
    public void sendOnByUnitHead(String note, Actor head) {
        guard(DossierAction.SUBMIT, head);
        if (getStatus() != DossierStatus.AT_UNIT_HEAD) {
            throw new ConflictException("error.signing.notPresented");
        }
        if (head.username().equals(presenterToUnitHead())) {
            throw new ForbiddenException("error.signing.fourEyes");
        }
        moveTo(DossierStatus.SUBMITTED, DossierAction.SUBMIT, head, optional(note));
    }

    /** The unit's head returns the dossier to the clerk with a note: it goes back to where the clerk presented it from. */
    public void returnToClerk(String note, Actor head) {
        guard(DossierAction.RETURN_TO_CLERK, head);
        String reason = DossierPath.requireReason(note);
        DossierStatus back = getHistory().stream()
                .filter(e -> e.getAction() == DossierAction.PRESENT_TO_UNIT_HEAD)
                .reduce((first, second) -> second).map(DossierEvent::getFromStatus).orElse(DossierStatus.DRAFT);
        moveTo(back, DossierAction.RETURN_TO_CLERK, head, reason);
    }

    /** Who presented the dossier to the unit's head last. */
    public String presenterToUnitHead() {
        return getHistory().stream().filter(e -> e.getAction() == DossierAction.PRESENT_TO_UNIT_HEAD)
                .reduce((first, second) -> second).map(DossierEvent::getActorUsername).orElse(null);
    }

    /** The clerk takes the dossier back before the department acts on it. */
    public void withdraw(Actor clerk) {
        guard(DossierAction.WITHDRAW, clerk);
        if (!sentByTheUnitAndUntouched()) {
            throw new ConflictException("error.withdraw.departmentActed");
        }
        claim = null;
        moveTo(DossierStatus.WITHDRAWN, DossierAction.WITHDRAW, clerk, null);
    }

    /** A staff member of the department takes the dossier to review it; nobody else's claim is overwritten. */
    public void claim(Actor staff) {
        guard(DossierAction.CLAIM, staff);
        Claim.requireFreeFor(claim, staff);
        claim = Claim.by(staff, now());
        record(DossierAction.CLAIM, staff, null);
    }

    /** A staff member explicitly takes over a dossier another holds; the history names the previous holder. */
    public void takeOver(Actor staff) {
        guard(DossierAction.TAKE_OVER, staff);
        String previous = claim == null ? null : claim.name();
        claim = Claim.by(staff, now());
        record(DossierAction.TAKE_OVER, staff, previous);
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
        Claim.requireFreeFor(claim, staff);
        String note = null;
        if (proposed != null && !proposed.getId().equals(getAwardForm().getId())) {
            if (!proposed.isRouted()) {
                throw new ConflictException("error.awardForm.grassroots");
            }
            proposedAwardForm = proposed;
            proposalReason = requireReason(reason);
            note = proposalReason;
        }
        claim = null;
        moveTo(DossierStatus.ACCEPTED, DossierAction.ACCEPT, staff, note);
    }

    /** The department sends the dossier back to the unit, saying what to supplement. */
    public void returnForSupplementation(String reason, Actor staff) {
        returnForSupplementation(Set.of(), reason, staff);
    }

    /** The department sends the dossier back, naming the sections to supplement and what is missing. */
    public void returnForSupplementation(Set<FilingSection> sections, String reason, Actor staff) {
        guard(DossierAction.RETURN, staff);
        Claim.requireFreeFor(claim, staff);
        String lastReason = setBackFor(reason);
        returnedSections = EnumSet.noneOf(FilingSection.class);
        returnedSections.addAll(sections);
        claim = null;
        moveTo(DossierStatus.RETURNED, DossierAction.RETURN, staff, lastReason);
    }

    /** The department refuses the dossier. */
    public void reject(String reason, Actor staff) {
        guard(DossierAction.REJECT, staff);
        Claim.requireFreeFor(claim, staff);
        String lastReason = setBackFor(reason);
        claim = null;
        moveTo(DossierStatus.REJECTED, DossierAction.REJECT, staff, lastReason);
    }

    /** The department places the accepted dossier in one of its draft submissions (in at most one). */
    public void placeInDraft(long draftId, Actor staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        placement = placement().inDraft(draftId);
    }

    /** The department takes the dossier out of its draft submission. */
    public void removeFromDraft(Actor staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        placement = placement().outOfDraft();
    }

    /** The department's numbered submission carries the dossier to Home Affairs. */
    public void sendToHomeAffairs(long submissionId, String submissionNumber, Actor staff) {
        guard(DossierAction.SEND_TO_HOME_AFFAIRS, staff);
        placement = placement().sentWith(submissionId, submissionNumber);
        moveTo(DossierStatus.AT_HOME_AFFAIRS, DossierAction.SEND_TO_HOME_AFFAIRS, staff, submissionNumber);
    }

    /** Home Affairs endorses the dossier or not, with a remark (required when not endorsing). */
    public void appraise(boolean endorsed, String remark, Actor appraiser) {
        guard(DossierAction.APPRAISE, appraiser);
        String trimmed = optional(remark);
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
        String lastReason = setBackFor(reason);
        String leftSubmission = getSubmissionNumber();
        placement = Placement.NONE;
        moveTo(DossierStatus.SUBMITTED, DossierAction.RETURN_TO_DEPARTMENT, appraiser, leftSubmission + ": " + lastReason);
    }

    /** Home Affairs forwards the appraised dossier to the chairman's office. */
    public void forwardToChairman(Actor appraiser) {
        guard(DossierAction.FORWARD_TO_CHAIRMAN, appraiser);
        moveTo(DossierStatus.AT_CHAIRMAN, DossierAction.FORWARD_TO_CHAIRMAN, appraiser, getSubmissionNumber());
    }

    /** Whether the award form that stands is a state-level one, decided by the central level. */
    @Override
    public boolean isStateLevel() {
        return getEffectiveAwardForm().getLevel() == AwardLevel.STATE;
    }

    /** Who of the department handles the dossier now; null when nobody does. */
    public Claim getClaim() {
        return claim;
    }

    /** The sections the latest return asks to supplement. */
    public Set<FilingSection> getReturnedSections() {
        return getStatus() == DossierStatus.RETURNED ? Collections.unmodifiableSet(returnedSections) : Set.of();
    }

    public AwardForm getProposedAwardForm() {
        return proposedAwardForm;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    /** The award form that stands: the department's proposal if it made one, otherwise the unit's. */
    public AwardForm getEffectiveAwardForm() {
        return proposedAwardForm != null ? proposedAwardForm : getAwardForm();
    }

    public Long getDraftSubmissionId() {
        return placement().draftId();
    }

    public Long getSubmissionId() {
        return placement().submissionId();
    }

    public String getSubmissionNumber() {
        return placement().submissionNumber();
    }

    private Placement placement() {
        return placement == null ? Placement.NONE : placement;
    }

}
