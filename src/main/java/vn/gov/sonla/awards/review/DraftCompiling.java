package vn.gov.sonla.awards.review;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.internal.Submission;
import vn.gov.sonla.awards.review.internal.SubmissionRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;
import static vn.gov.sonla.awards.review.SubmissionAccess.requireRole;

/**
 * A department compiles at the size of a real movement: every accepted dossier that matches the filter of its list
 * goes into a draft at once, as many as the person confirmed, and many leave a draft at once. Each is one statement
 * on the dossiers, under the draft's lock, so that the draft cannot be presented half-changed.
 */
@Service
@Transactional(readOnly = true)
public class DraftCompiling {

    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final Dossiers dossiers;
    private final DepartmentSteps steps;
    private final UnitRepository units;
    private final Clock clock;

    DraftCompiling(SubmissionRepository repository, SubmissionAccess access, Dossiers dossiers, DepartmentSteps steps,
                   UnitRepository units, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.dossiers = dossiers;
        this.steps = steps;
        this.units = units;
        this.clock = clock;
    }

    /** The department's drafts not yet presented to its leaders, oldest first: where dossiers may still go. */
    public List<SubmissionView> openDrafts(Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        return repository.findByDepartmentIdAndStatusOrderById(staff.unitId(), SubmissionStatus.DRAFT).stream()
                .map(Submission::view).toList();
    }

    /** How many accepted dossiers in no draft match the filter: the number the person confirms. */
    public long matching(DossierFilter filter, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        return dossiers.countAcceptedOutsideDrafts(staff, filter);
    }

    /**
     * Places every accepted dossier in no draft that matches the filter in the draft ({@code draftId}), or in a new
     * draft when it is null; refused, with nothing placed and no draft made, when the filter no longer matches the
     * {@code confirmed} number.
     */
    @Transactional
    public SubmissionView addAllMatching(Long draftId, DossierFilter filter, long confirmed, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        if (confirmed <= 0) {
            throw new ConflictException("error.submission.empty");
        }
        Submission draft = draftId == null
                ? repository.saveAndFlush(Submission.draft(units.findById(staff.unitId()).orElseThrow(), staff, clock.instant()))
                : lockedDraft(draftId, staff);
        steps.placeAllInDraft(filter, draft.getId(), confirmed, staff);
        return draft.view();
    }

    /** Takes the chosen dossiers out of the draft, all or none; how many. */
    @Transactional
    public int removeSelected(long draftId, Collection<Long> dossierIds, Actor staff) {
        lockedDraft(draftId, staff);
        if (dossierIds.isEmpty()) {
            throw new ConflictException("error.selection.empty");
        }
        return steps.removeAllFromDraft(dossierIds, draftId, staff);
    }

    private Submission lockedDraft(long draftId, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        Submission submission = access.locked(draftId, staff);
        if (!submission.isDraft()) {
            throw new ConflictException("error.submission.transition", label(submission.getStatus().labelKey()));
        }
        return submission;
    }
}
