package vn.gov.sonla.awards.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.Campaigns;
import vn.gov.sonla.awards.dossier.internal.DraftPlacements;
import vn.gov.sonla.awards.dossier.internal.StepRunner;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * The compiling department's steps: a staff member takes a dossier up, accepts it (perhaps proposing another award
 * form), returns it for supplementation or rejects it; accepted dossiers are placed in a draft submission and sent
 * to Home Affairs with it.
 */
@Service
@Transactional
public class DepartmentSteps {

    private final StepRunner steps;
    private final Campaigns campaigns;
    private final DraftPlacements placements;

    DepartmentSteps(StepRunner steps, Campaigns campaigns, DraftPlacements placements) {
        this.steps = steps;
        this.campaigns = campaigns;
        this.placements = placements;
    }

    public void claim(long id, Actor staff) {
        steps.step(id, staff, d -> d.claim(staff));
    }

    public void takeOver(long id, Actor staff) {
        steps.step(id, staff, d -> d.takeOver(staff));
    }

    public void accept(long id, long version, Actor staff) {
        steps.step(id, version, staff, d -> d.accept(staff));
    }

    /** Accepts, proposing a different award form (or null) with its reason. */
    public void accept(long id, long version, Long proposedAwardFormId, String reason, Actor staff) {
        AwardForm proposed = proposedAwardFormId == null ? null : campaigns.awardForm(proposedAwardFormId);
        steps.step(id, version, staff, d -> d.accept(proposed, reason, staff));
    }

    public void returnForSupplementation(long id, long version, String reason, Actor staff) {
        steps.step(id, version, staff, d -> d.returnForSupplementation(reason, staff));
    }

    public void returnForSupplementation(long id, long version, Set<FilingSection> sections, String reason, Actor staff) {
        steps.step(id, version, staff, d -> d.returnForSupplementation(sections, reason, staff));
    }

    public void reject(long id, long version, String reason, Actor staff) {
        steps.step(id, version, staff, d -> d.reject(reason, staff));
    }

    public void placeInDraft(long id, long draftId, Actor staff) {
        steps.find(id, staff).placeInDraft(draftId, staff);
    }

    public void removeFromDraft(long id, Actor staff) {
        steps.find(id, staff).removeFromDraft(staff);
    }

    /**
     * Places in the draft every accepted dossier in no draft that matches the filter, as many as the person confirmed
     * ({@code expected}): when the filter now matches another number (a dossier accepted or placed meanwhile), nothing
     * is placed and the conflict names both numbers. The caller holds the draft locked.
     */
    public int placeAllInDraft(DossierFilter filter, long draftId, long expected, Actor staff) {
        requireDepartment(staff);
        int placed = placements.placeAll(placements.acceptedOutsideDrafts(staff, filter), draftId);
        if (placed != expected) {
            // thrown out of this transaction: the placement is rolled back whole
            throw new ConflictException("error.draft.countChanged", placed, expected);
        }
        return placed;
    }

    /**
     * Takes these dossiers out of the draft, all or none: one that is no longer in it (taken out meanwhile) makes the
     * whole step a conflict. The caller holds the draft locked.
     */
    public int removeAllFromDraft(Collection<Long> ids, long draftId, Actor staff) {
        requireDepartment(staff);
        int removed = placements.removeAll(staff, ids, draftId);
        if (removed != Set.copyOf(ids).size()) {
            throw new ConflictException("error.draft.countChanged", removed, Set.copyOf(ids).size());
        }
        return removed;
    }

    private static void requireDepartment(Actor staff) {
        if (!staff.is(Role.DEPARTMENT)) {
            throw new ForbiddenException("error.forbidden.action", label("action.SEND_TO_HOME_AFFAIRS"));
        }
    }

    /**
     * Part of sending a numbered submission, all its dossiers at once: runs inside the submission's transaction.
     * {@code listed} is given the dossiers, individuals first, as loaded to be sent and before they are, for the
     * document that lists them.
     */
    public int sendAllToHomeAffairs(Collection<Long> ids, long submissionId, String submissionNumber, Actor staff,
                                    Consumer<List<DossierView>> listed) {
        return steps.stepAll(ids, staff, d -> d.sendToHomeAffairs(submissionId, submissionNumber, staff),
                loaded -> listed.accept(Dossiers.listed(loaded)));
    }
}
