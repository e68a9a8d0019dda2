package vn.gov.sonla.awards.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submission;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The chairman's office decides on the award form that stands: filed as a state-level order, accepted by the
 * department as the provincial chairman's certificate, the dossier is approved for a decision, and the pages say so.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EffectiveAwardFormIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired AwardFormRepository awardForms;

    @Test
    void theApproveButtonNamesTheStepForTheAwardFormThatStands() throws Exception {
        Actor health = fixtures.actor("syt");
        Actor homeAffairs = fixtures.actor("snv");
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "LABOUR_ORDER", "Lò Văn Đổi " + System.nanoTime());
        long provincial = awardForms.findByCode("CHAIRMAN_CERTIFICATE").orElseThrow().getId();
        departmentSteps.accept(d.getId(), d.getVersion(), provincial, "Thành tích ở cấp tỉnh", health);
        Submission s = submissions.compileAndSend(java.util.List.of(d.getId()), health);
        appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, homeAffairs);
        appraisals.forward(s.getId(), homeAffairs);

        String dossierPage = mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("vpubnd"))))
                .andReturn().getResponse().getContentAsString();
        String submissionPage = mvc.perform(get("/decisions/submissions/{id}", s.getId()).with(user(fixtures.user("vpubnd"))))
                .andReturn().getResponse().getContentAsString();
        for (String page : new String[] {dossierPage, submissionPage}) {
            assertThat(page).contains("Phê duyệt khen thưởng").doesNotContain("Đồng ý trình cấp trên");
        }
    }
}
