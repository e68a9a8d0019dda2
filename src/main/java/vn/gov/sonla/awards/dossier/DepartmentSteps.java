package vn.gov.sonla.awards.dossier;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.Campaigns;
import vn.gov.sonla.awards.dossier.internal.StepRunner;

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

    DepartmentSteps(StepRunner steps, Campaigns campaigns) {
        this.steps = steps;
        this.campaigns = campaigns;
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

    /** Part of sending a numbered submission: runs inside the submission's transaction. */
    public void sendToHomeAffairs(long id, long submissionId, String submissionNumber, Actor staff) {
        steps.step(id, staff, d -> d.sendToHomeAffairs(submissionId, submissionNumber, staff));
    }
}
