package vn.gov.sonla.awards.appraisal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Home Affairs' opinion is kept by the appraisal module: given with the appraisal step, replaced when Home Affairs
 * appraises again, gone when the dossier is sent back to its department, and shown on the dossier's page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AppraisalOpinionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Appraisals appraisals;

    @Test
    void theOpinionFollowsTheAppraisalSteps() throws Exception {
        Dossier d = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Thị Thẩm " + System.nanoTime());
        fixtures.sent("syt", d);
        Actor snv = fixtures.actor("snv");

        appraisals.appraise(d.getId(), version(d), true, null, snv);
        assertThat(appraisals.opinionOf(d.getId())).contains(new Opinion(true, null));

        // not endorsing needs a remark: refused, and the opinion given stands
        assertThatThrownBy(() -> appraisals.appraise(d.getId(), version(d), false, " ", snv)).isInstanceOf(ConflictException.class);
        assertThat(appraisals.opinionOf(d.getId())).contains(new Opinion(true, null));

        appraisals.appraise(d.getId(), version(d), false, " Thành tích chưa tiêu biểu ", snv);
        assertThat(appraisals.opinionOf(d.getId())).contains(new Opinion(false, "Thành tích chưa tiêu biểu"));
        String page = mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("— Thành tích chưa tiêu biểu");

        appraisals.returnToDepartment(d.getId(), version(d), "Cần bổ sung xác nhận", snv);
        assertThat(appraisals.opinionOf(d.getId())).isEmpty();
    }

    private long version(Dossier d) {
        return fixtures.reload(d, "snv").getVersion();
    }
}
