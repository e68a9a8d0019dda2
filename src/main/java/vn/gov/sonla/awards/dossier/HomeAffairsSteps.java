package vn.gov.sonla.awards.dossier;

import java.util.Collection;
import java.util.Map;

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

    /** Home Affairs' opinion on one dossier. */
    public void appraise(long id, long version, boolean endorsed, String remark, Actor appraiser) {
        steps.step(id, version, appraiser, d -> d.appraise(endorsed, remark, appraiser));
    }

    /** The same opinion on many dossiers at once, each as the page showed it ({@code shownVersions}: id → version). */
    public int appraiseAll(Map<Long, Long> shownVersions, boolean endorsed, String remark, Actor appraiser) {
        return steps.stepAll(shownVersions.keySet(), shownVersions, appraiser, d -> d.appraise(endorsed, remark, appraiser));
    }

    /** Home Affairs sends the dossier back to its department; it leaves its submission. */
    public void returnToDepartment(long id, long version, String reason, Actor appraiser) {
        steps.step(id, version, appraiser, d -> d.returnToDepartment(reason, appraiser));
    }

    /** Part of signing the appraisal report: the submission's dossiers go to the chairman's office with it. */
    public int forwardAllToChairman(Collection<Long> ids, Actor appraiser) {
        return steps.stepAll(ids, null, appraiser, d -> d.forwardToChairman(appraiser));
    }
}
