package vn.gov.sonla.awards.signing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.notification.OverdueNotices;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A document waits for a leader's signature at most its campaign's signing deadline (3 working days by default): the
 * signing list says how long each has waited and flags the late ones, and the leaders are told once per presentation.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigningDeadlinesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired CampaignRepository campaigns;
    @Autowired AwardFormRepository awardForms;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired SigningDeadlines deadlines;
    @Autowired OverdueNotices overdue;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aDecisionWaitingPastItsDeadlineIsFlaggedAndItsLeadersAreToldOnce() throws Exception {
        DecidedChain chain = new DecidedChain(fixtures, dossiers, submissions, appraisals, decisions, campaigns, awardForms,
                departmentSteps, approvals).presented();
        long id = chain.submission.id();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ProvinceTime.ZONE);
        assertThat(decision(today, id)).hasValueSatisfying(w -> {
            assertThat(w.deadlineDays()).isEqualTo(3);
            assertThat(w.waitedDays()).isZero();
            assertThat(w.overdue()).isFalse();
        });
        overdue.run(today);
        assertThat(notices("ct.ubnd", id)).as("not late yet").isZero();

        // presented three weeks ago
        Instant presented = clock.instant().minus(21, ChronoUnit.DAYS);
        jdbc.sql("update submission set decision_presented_at = ? where id = ?").params(Timestamp.from(presented), id).update();

        assertThat(decision(today, id)).hasValueSatisfying(w -> {
            assertThat(w.waitedDays()).isGreaterThan(3);
            assertThat(w.overdue()).isTrue();
        });
        String list = mvc.perform(get("/signing").with(user(fixtures.user("ct.ubnd")))).andReturn().getResponse()
                .getContentAsString();
        String row = list.substring(list.indexOf("/signing/decisions/" + id));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Quá hạn");

        overdue.run(today);
        overdue.run(today);
        assertThat(notices("ct.ubnd", id)).as("told once").isEqualTo(1);
        assertThat(notices("pct.ubnd", id)).isEqualTo(1);
        assertThat(notices(DecidedChain.OFFICE, id)).as("the specialist is not a signer").isZero();
    }

    private java.util.Optional<SigningDeadlines.Waiting> decision(LocalDate today, long id) {
        return deadlines.all(today).stream().filter(w -> w.kind().equals("decision") && w.id() == id).findFirst();
    }

    private int notices(String username, long submissionId) {
        return jdbc.sql("""
                select count(*) from notice n join user_account u on u.id = n.recipient_id
                 where u.username = ? and n.kind = 'OVERDUE_SIGNATURE' and n.submission_id = ?""")
                .params(username, submissionId).query(Integer.class).single();
    }
}
