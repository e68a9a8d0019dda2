package vn.gov.sonla.awards.support;

import org.springframework.boot.test.context.TestComponent;

import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.review.Submissions;

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
}
