package vn.gov.sonla.awards.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * On a dossier's page the reader's own step comes before the long content, and inside a submission or the queue the
 * dossiers before and after it are a link away, in the list's order.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DossierNeighboursIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    final String stamp = "Zz" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Test
    void insideASubmissionThePreviousAndNextAreItsNeighboursWithNoLinkPastItsEnds() throws Exception {
        Dossier first = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Trước Sau Một " + stamp);
        Dossier middle = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Trước Sau Hai " + stamp);
        Dossier last = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Trước Sau Ba " + stamp);
        SubmissionView submission = fixtures.sent("syt", first, middle, last);
        CurrentUser snv = fixtures.user("snv");

        mvc.perform(get("/dossiers/{id}", middle.getId()).with(user(snv)))
                .andExpect(content().string(containsString("id=\"previous-dossier\" rel=\"prev\" href=\"/dossiers/" + first.getId() + "\"")))
                .andExpect(content().string(containsString("id=\"next-dossier\" rel=\"next\" href=\"/dossiers/" + last.getId() + "\"")))
                .andExpect(content().string(containsString("href=\"/appraisal/submissions/" + submission.id() + "\"")));
        mvc.perform(get("/dossiers/{id}", first.getId()).with(user(snv)))
                .andExpect(content().string(not(containsString("id=\"previous-dossier\""))))
                .andExpect(content().string(containsString("href=\"/dossiers/" + middle.getId() + "\"")));
        mvc.perform(get("/dossiers/{id}", last.getId()).with(user(snv)))
                .andExpect(content().string(not(containsString("id=\"next-dossier\""))));
    }

    @Test
    void inTheQueueTheNeighboursFollowItsNewestFirstOrder() throws Exception {
        Dossier older = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hàng Chờ Cũ " + stamp);
        Dossier newer = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hàng Chờ Mới " + stamp);
        Dossier newest = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hàng Chờ Mới Nhất " + stamp);

        mvc.perform(get("/dossiers/{id}", newer.getId()).with(user(fixtures.user("syt"))))
                .andExpect(content().string(containsString("id=\"previous-dossier\" rel=\"prev\" href=\"/dossiers/" + newest.getId() + "\"")))
                .andExpect(content().string(containsString("id=\"next-dossier\" rel=\"next\" href=\"/dossiers/" + older.getId() + "\"")));
        // nothing newer waits: no link before the newest
        mvc.perform(get("/dossiers/{id}", newest.getId()).with(user(fixtures.user("syt"))))
                .andExpect(content().string(not(containsString("id=\"previous-dossier\""))));
    }

    @Test
    void theReadersOwnStepComesBeforeTheLongContent() throws Exception {
        Dossier d = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Việc Trước " + stamp);
        fixtures.sent("syt", d);
        String page = mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("snv"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("id=\"action-appraise\"")).isPositive()
                .isLessThan(page.indexOf("Thành tích của Việc Trước " + stamp));
        assertThat(page.indexOf("id=\"action-return-to-department\"")).isPositive()
                .isLessThan(page.indexOf("Thành tích của Việc Trước " + stamp));
    }
}
