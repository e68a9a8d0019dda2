package vn.gov.sonla.awards.dossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.internal.StepRunner;

/**
 * Home Affairs' steps on a dossier, as the appraisal module takes them (which keeps the opinion itself): appraise,
 * send back to the compiling department, forward to the chairman's office.
 */
@Service
@Transactional
public class HomeAffairsSteps {

    private final StepRunner steps;

    HomeAffairsSteps(StepRunner steps) {
        this.steps = steps;
    }

    /** Home Affairs' opinion on one dossier; endorsing a whole submission runs this for each, hence released in bulk. */
    public void appraise(long id, long version, boolean endorsed, String remark, Actor appraiser) {
        steps.stepInBulk(id, version, appraiser, d -> d.appraise(endorsed, remark, appraiser));
    }

    /** Home Affairs sends the dossier back to its department; it leaves its submission. */
    public void returnToDepartment(long id, long version, String reason, Actor appraiser) {
        steps.step(id, version, appraiser, d -> d.returnToDepartment(reason, appraiser));
    }

    public void forwardToChairman(long id, Actor appraiser) {
        steps.stepInBulk(id, appraiser, d -> d.forwardToChairman(appraiser));
    }
}
