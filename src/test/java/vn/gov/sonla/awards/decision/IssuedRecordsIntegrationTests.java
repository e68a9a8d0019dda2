package vn.gov.sonla.awards.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An issued decision, its certificates and its publication cannot be changed or deleted, even with plain SQL. */
@IntegrationTest
class IssuedRecordsIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired CampaignRepository campaigns;
    @Autowired AwardFormRepository awardForms;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired Approvals approvals;
    @Autowired JdbcClient jdbc;

    @Test
    void issuedRecordsRefuseUpdatesAndDeletes() {
        DecidedChain chain = new DecidedChain(fixtures, dossiers, submissions, appraisals, decisions, campaigns, awardForms, departmentSteps, approvals).decided();
        long id = chain.decision.id();
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        decisions.publish(id, office);

        assertThatThrownBy(() -> jdbc.sql("update award_decision set signer_name = 'Người khác' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from award_decision where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update certificate set code = 'AAAAAAAAAAAAAAAAAAAAAA' where decision_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from decision_publication where decision_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");

        assertThat(decisions.get(id, office).signerName()).isEqualTo("Hoàng Quốc Khánh");
        assertThat(decisions.publication(id)).isPresent();
    }
}
