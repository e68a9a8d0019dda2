package vn.gov.sonla.awards.appraisal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Home Affairs forwards a submission only when every dossier in it is appraised, and is told why not. */
@IntegrationTest
@AutoConfigureMockMvc
class AppraisalPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Appraisals appraisals;

    @Test
    void forwardingIsOfferedOnlyWhenEverythingIsAppraised() throws Exception {
        Dossier first = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Văn Một");
        Dossier second = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Văn Hai");
        SubmissionView submission = fixtures.sent("syt", first, second);
        var snv = fixtures.user("snv");
        appraisals.appraise(first.getId(), fixtures.reload(first, "snv").getVersion(), true, null, snv.actor());

        mvc.perform(get("/appraisal/submissions/{id}", submission.id()).with(user(snv)))
                .andExpect(content().string(containsString("Còn 1 hồ sơ chưa được thẩm định")))
                .andExpect(content().string(not(containsString("/forward"))));

        mvc.perform(post("/appraisal/submissions/{id}/forward", submission.id()).with(user(snv)).with(csrf()))
                .andExpect(redirectedUrl("/appraisal/submissions/" + submission.id()))
                .andExpect(flash().attribute("failure", "error.submission.notAllAppraised"));

        appraisals.appraise(second.getId(), fixtures.reload(second, "snv").getVersion(), false, "Chưa tiêu biểu", snv.actor());
        mvc.perform(get("/appraisal/submissions/{id}", submission.id()).with(user(snv)))
                .andExpect(content().string(containsString("/forward")));
        mvc.perform(post("/appraisal/submissions/{id}/forward", submission.id()).with(user(snv)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/appraisal"));
    }

    @Test
    void theAppraisalFormShowsTheOpinionAlreadyGiven() throws Exception {
        Dossier dossier = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Văn Ba");
        fixtures.sent("syt", dossier);
        var snv = fixtures.user("snv");
        appraisals.appraise(dossier.getId(), fixtures.reload(dossier, "snv").getVersion(), false, "Thiếu minh chứng", snv.actor());
        mvc.perform(get("/dossiers/{id}", dossier.getId()).with(user(snv)))
                .andExpect(content().string(containsString("id=\"endorsed-no\" checked")))
                .andExpect(content().string(containsString(">Thiếu minh chứng</textarea>")));
    }
}
