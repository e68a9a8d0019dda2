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

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.notification.OverdueNotices;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
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
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired SigningDeadlines deadlines;
    @Autowired OverdueNotices overdue;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aDecisionWaitingPastItsDeadlineIsFlaggedAndItsLeadersAreToldOnce() throws Exception {
        DecidedChain chain = chains.start().presented();
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
