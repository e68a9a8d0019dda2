package vn.gov.sonla.awards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.StatementCounter;

/**
 * The queue pages run a fixed number of SQL statements (Hibernate's and JdbcClient's alike) however many rows they show: a page is counted, rows are
 * added to it through the real workflow, and the page is counted again (an N+1 — one more query per row, e.g. a
 * lazy association read in the template — makes the second count larger).
 */
@IntegrationTest
@AutoConfigureMockMvc
class QueuePagesQueryCountIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Test
    void theClerksListDoesNotQueryPerDossier() throws Exception {
        long before = statementsFor("vanthu.viettel", "/dossiers");
        for (int i = 0; i < 3; i++) {
            fixtures.aDraft("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Người đếm truy vấn " + i);
        }
        assertThat(statementsFor("vanthu.viettel", "/dossiers")).isEqualTo(before);
    }

    @Test
    void theReviewQueueDoesNotQueryPerDossier() throws Exception {
        long before = statementsFor("stttt", "/review");
        long accepted = statementsFor("stttt", "/review/accepted");
        long sent = statementsFor("stttt", "/review/submissions");
        fixtures.aSubmittedDossier("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Người chờ xét A");
        fixtures.aSubmittedDossier("vanthu.maison", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Người chờ xét B");
        fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Người đã tiếp nhận C");
        fixtures.anAcceptedDossier("vanthu.maison", "stttt", "SONG_MAY_TINH", "Người đã tiếp nhận D");
        fixtures.sent("stttt", fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Người trong tờ trình E"));
        fixtures.sent("stttt", fixtures.anAcceptedDossier("vanthu.maison", "stttt", "SONG_MAY_TINH", "Người trong tờ trình F"));
        assertThat(statementsFor("stttt", "/review")).isEqualTo(before);
        assertThat(statementsFor("stttt", "/review/accepted")).isEqualTo(accepted);
        assertThat(statementsFor("stttt", "/review/submissions")).isEqualTo(sent);
    }

    @Test
    void theAppraisalAndDecisionQueuesDoNotQueryPerSubmission() throws Exception {
        long appraisal = statementsFor("snv", "/appraisal");
        long decisions = statementsFor("vpubnd", "/decisions");
        for (int i = 0; i < 2; i++) {
            Dossier a = fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Người trong tờ trình " + i);
            fixtures.sent("stttt", a);
        }
        assertThat(statementsFor("snv", "/appraisal")).isEqualTo(appraisal);
        assertThat(statementsFor("vpubnd", "/decisions")).isEqualTo(decisions);
    }

    private long statementsFor(String username, String path) throws Exception {
        var asUser = user(fixtures.user(username));
        mvc.perform(get(path).with(asUser)).andExpect(status().isOk()); // warm: first-time lookups are not per row
        StatementCounter.reset();
        mvc.perform(get(path).with(asUser)).andExpect(status().isOk());
        long statements = StatementCounter.count();
        assertThat(statements).as(path).isPositive();
        return statements;
    }
}
