package vn.gov.sonla.awards.appraisal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Home Affairs endorses the ticked dossiers of a submission with one remark, all of them or none. */
@IntegrationTest
@AutoConfigureMockMvc
class BulkAppraisalIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Appraisals appraisals;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void theTickedDossiersAreEndorsedWithTheCommonRemarkEachInItsOwnHistory() throws Exception {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đồng Loạt Một " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đồng Loạt Hai " + stamp);
        Dossier c = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đồng Loạt Ba " + stamp);
        SubmissionView submission = fixtures.sent("syt", a, b, c);
        CurrentUser snv = fixtures.user("snv");

        mvc.perform(get("/appraisal/submissions/{id}", submission.id()).with(user(snv)))
                .andExpect(content().string(containsString("form=\"endorse-selected\" name=\"dossierIds\" value=\"" + a.getId() + "\"")))
                .andExpect(content().string(containsString("Đồng ý các hồ sơ đã chọn")));

        mvc.perform(endorse(submission, "Đủ tiêu chuẩn theo Kế hoạch 215", a, b))
                .andExpect(redirectedUrl("/appraisal/submissions/" + submission.id()))
                .andExpect(flash().attribute("notice", "notice.dossier.endorsedMany"))
                .andExpect(flash().attribute("noticeArg", 2));

        for (Dossier d : List.of(a, b)) {
            assertThat(fixtures.reload(d, "snv").getStatus()).isEqualTo(DossierStatus.APPRAISED);
            assertThat(fixtures.events(d.getId(), "APPRAISE")).as("the history records the step").isEqualTo(1);
            assertThat(appraisals.opinionOf(d.getId())).hasValueSatisfying(o -> {
                assertThat(o.endorsed()).isTrue();
                assertThat(o.remark()).isEqualTo("Đủ tiêu chuẩn theo Kế hoạch 215");
            });
        }
        assertThat(fixtures.reload(c, "snv").getStatus()).as("not ticked").isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
        assertThat(appraisals.opinionOf(c.getId())).isEmpty();
    }

    @Test
    void aDossierChangedSinceThePageWasShownIsNamedAndNoneIsEndorsed() throws Exception {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Không Nửa Vời " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đã Đổi Ý " + stamp);
        SubmissionView submission = fixtures.sent("syt", a, b);
        CurrentUser snv = fixtures.user("snv");
        long shownB = fixtures.reload(b, "snv").getVersion();
        // someone else gives an opinion on b after the page was shown
        appraisals.appraise(b.getId(), shownB, false, "Thiếu minh chứng", snv.actor());

        mvc.perform(post("/appraisal/submissions/{id}/endorse-selected", submission.id())
                        .param("dossierIds", String.valueOf(a.getId()), String.valueOf(b.getId()))
                        .param("shown", a.getId() + ":" + fixtures.reload(a, "snv").getVersion(), b.getId() + ":" + shownB)
                        .param("remark", "Đồng ý").with(user(snv)).with(csrf()))
                .andExpect(redirectedUrl("/appraisal/submissions/" + submission.id() + "#endorse-selected"))
                .andExpect(flash().attribute("failure", "error.endorseSelected.refused"))
                .andExpect(flash().attribute("refused", hasSize(1)))
                .andExpect(flash().attribute("refused", hasItem(containsString("Đã Đổi Ý " + stamp))));

        assertThat(fixtures.reload(a, "snv").getStatus()).as("nothing half-done").isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
        assertThat(fixtures.events(a.getId(), "APPRAISE")).isZero();
        assertThat(appraisals.opinionOf(b.getId())).hasValueSatisfying(o -> assertThat(o.endorsed()).isFalse());
    }

    @Test
    void aDossierOfAnotherSubmissionIsNamedAndNoneIsEndorsed() throws Exception {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Tờ Trình Này " + stamp);
        Dossier other = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Tờ Trình Khác " + stamp);
        SubmissionView submission = fixtures.sent("syt", a);
        fixtures.sent("syt", other);

        mvc.perform(endorse(submission, null, a, other))
                .andExpect(flash().attribute("failure", "error.endorseSelected.refused"))
                .andExpect(flash().attribute("refused", hasSize(1)));
        assertThat(fixtures.reload(a, "snv").getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
        assertThat(fixtures.reload(other, "snv").getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
    }

    @Test
    void refusedWhileTheAppraisalReportAwaitsSignatureAsOneByOne() throws Exception {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Chờ Ký Một " + stamp);
        SubmissionView submission = fixtures.sent("syt", a);
        CurrentUser snv = fixtures.user("snv");
        appraisals.appraise(a.getId(), fixtures.reload(a, "snv").getVersion(), false, "Chưa đủ", snv.actor());
        appraisals.presentReport(submission.id(), snv.actor());

        mvc.perform(endorse(submission, "Đổi ý", a))
                .andExpect(flash().attribute("failure", "error.signing.awaitingSignature"));
        assertThat(appraisals.opinionOf(a.getId())).hasValueSatisfying(o -> assertThat(o.endorsed()).isFalse());
    }

    private MockHttpServletRequestBuilder endorse(SubmissionView submission, String remark, Dossier... ticked) {
        MockHttpServletRequestBuilder request = post("/appraisal/submissions/{id}/endorse-selected", submission.id())
                .with(user(fixtures.user("snv"))).with(csrf());
        for (Dossier d : ticked) {
            request = request.param("dossierIds", String.valueOf(d.getId()))
                    .param("shown", d.getId() + ":" + fixtures.reload(d, "snv").getVersion());
        }
        return remark == null ? request : request.param("remark", remark);
    }
}
