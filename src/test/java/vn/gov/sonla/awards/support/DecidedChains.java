package vn.gov.sonla.awards.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's services a {@link DecidedChain} takes its steps through; starts one for a test to bring to the stage
 * it needs.
 */
@TestComponent
public class DecidedChains {

    final Fixtures fixtures;
    final Submissions submissions;
    final Appraisals appraisals;
    final Decisions decisions;
    final AwardFormRepository awardForms;
    final DepartmentSteps departmentSteps;
    final Approvals approvals;

    DecidedChains(Fixtures fixtures, Submissions submissions, Appraisals appraisals, Decisions decisions,
                  AwardFormRepository awardForms, DepartmentSteps departmentSteps, Approvals approvals) {
        this.fixtures = fixtures;
        this.submissions = submissions;
        this.appraisals = appraisals;
        this.decisions = decisions;
        this.awardForms = awardForms;
        this.departmentSteps = departmentSteps;
        this.approvals = approvals;
    }

    /** A new chain of four dossiers, not yet filed. */
    public DecidedChain start() {
        return new DecidedChain(this);
    }

    /**
     * Dossiers of individuals (one per name, the name made unique) filed for the Labour Order, a state award, brought
     * through the real steps until the chairman's letter proposed them to the central level.
     */
    public List<Dossier> proposedToCentral(String... names) {
        Actor health = fixtures.actor("syt");
        Actor homeAffairs = fixtures.actor("snv");
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        List<Dossier> filed = Arrays.stream(names).map(name -> {
            Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "LABOUR_ORDER", name + " " + System.nanoTime());
            departmentSteps.accept(d.getId(), d.getVersion(), health);
            return d;
        }).toList();
        SubmissionView s = submissions.compileAndSign(filed.stream().map(Dossier::getId).toList(), health, fixtures.leaderOf(health));
        filed.forEach(d -> appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, homeAffairs));
        appraisals.forward(s.id(), homeAffairs, fixtures.leaderOf(homeAffairs));
        filed.forEach(d -> approvals.approve(d.getId(), fixtures.reload(d, DecidedChain.OFFICE).getVersion(), null, office));
        decisions.issue(s.id(), LocalDate.now(ProvinceTime.ZONE), office, fixtures.actor(DecidedChain.CHAIRMAN));
        filed.forEach(d -> assertThat(fixtures.reload(d, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL));
        return filed;
    }
}
