package vn.gov.sonla.awards.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierPolicy;
import vn.gov.sonla.awards.dossier.internal.StepRunner;

/**
 * The chairman's office's steps on a dossier, as the decision module takes them (which keeps the numbered
 * documents themselves): approve or decline, grant by a decision, record the central level's outcome.
 */
@Service
@Transactional
public class ChairmanSteps {

    private final StepRunner steps;

    ChairmanSteps(StepRunner steps) {
        this.steps = steps;
    }

    /** Whether the award form that stands for the dossier is decided at the central level. */
    public boolean isStateLevel(long id, Actor office) {
        return steps.find(id, office).isStateLevel();
    }

    /** Approves: the award waits for the chairman's signature. */
    public void approve(long id, long version, String note, Actor office) {
        steps.step(id, version, office, d -> d.approve(note, office));
    }

    /** The same approval, with one note, of many dossiers at once, each as the page showed it (id → version). */
    public int approveAll(Map<Long, Long> shownVersions, String note, Actor office) {
        return steps.stepAll(shownVersions.keySet(), shownVersions, office, d -> d.approve(note, office));
    }

    /** The chairman's signed letter proposes these approved state-level awards to the central level. */
    public int proposeAllToCentral(Collection<Long> ids, String letterNumber, Actor office) {
        return steps.stepAll(ids, null, office, d -> d.proposeToCentral(letterNumber, office));
    }

    public void decline(long id, long version, String reason, Actor office) {
        steps.step(id, version, office, d -> d.decline(reason, office));
    }

    /** The office writes the line the award's certificate prints (blank: the achievement summary). */
    public void writeAwardLine(long id, long version, String line, Actor office) {
        steps.step(id, version, office, d -> d.writeAwardLine(line, office));
    }

    /** The chairman's signed decision grants these approved provincial awards. */
    public int grantAll(Collection<Long> ids, String decisionNumber, Actor office) {
        return steps.stepAll(ids, null, office, d -> d.grant(decisionNumber, office));
    }

    /**
     * The dossier as the office sees it before it records the central level's outcome: refused with 404, 403 or 409
     * as recording it would be (outside the scope, not the office's step, not waiting for the outcome).
     */
    @Transactional(readOnly = true)
    public DossierView beforeCentralOutcome(long id, Actor office) {
        Dossier dossier = steps.find(id, office);
        DossierPolicy.require(dossier, office, DossierAction.RECORD_CENTRAL_AWARD);
        return DossierView.of(dossier);
    }

    public void recordCentralAward(long id, long version, String centralNumber, LocalDate centralDate, Actor office) {
        steps.step(id, version, office, d -> d.recordCentralAward(centralNumber, centralDate, office));
    }

    public void recordCentralDecline(long id, long version, String reason, Actor office) {
        steps.step(id, version, office, d -> d.recordCentralDecline(reason, office));
    }
}
