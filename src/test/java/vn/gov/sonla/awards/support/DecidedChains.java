package vn.gov.sonla.awards.support;

import org.springframework.boot.test.context.TestComponent;

import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submissions;

/** Starts a {@link DecidedChain} with the application's services, for a test to bring to the stage it needs. */
@TestComponent
public class DecidedChains {

    private final Fixtures fixtures;
    private final Dossiers dossiers;
    private final Submissions submissions;
    private final Appraisals appraisals;
    private final Decisions decisions;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final DepartmentSteps departmentSteps;
    private final Approvals approvals;

    DecidedChains(Fixtures fixtures, Dossiers dossiers, Submissions submissions, Appraisals appraisals,
                  Decisions decisions, CampaignRepository campaigns, AwardFormRepository awardForms,
                  DepartmentSteps departmentSteps, Approvals approvals) {
        this.fixtures = fixtures;
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.appraisals = appraisals;
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.departmentSteps = departmentSteps;
        this.approvals = approvals;
    }

    /** A new chain of four dossiers, not yet filed. */
    public DecidedChain start() {
        return new DecidedChain(fixtures, dossiers, submissions, appraisals, decisions, campaigns, awardForms,
                departmentSteps, approvals);
    }
}
