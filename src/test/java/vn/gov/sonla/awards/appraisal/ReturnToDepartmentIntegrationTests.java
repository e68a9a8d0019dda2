package vn.gov.sonla.awards.appraisal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Home Affairs sends a dossier back to its compiling department: it leaves the submission, lands in the
 * department's queue with the reason, the department is told, and the rest of the submission goes on.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReturnToDepartmentIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Appraisals appraisals;
    @Autowired JdbcClient jdbc;
    @Autowired DepartmentSteps departmentSteps;

    @Test
    void theDossierLeavesTheSubmissionForTheDepartmentsQueueAndTheRestIsForwarded() throws Exception {
        Dossier kept = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Quàng Văn Ở Lại");
        Dossier returned = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Quàng Thị Trả Về");
        SubmissionView submission = fixtures.sent("syt", kept, returned);
        var snv = fixtures.user("snv");
        var syt = fixtures.user("syt");

        mvc.perform(get("/dossiers/{id}", returned.getId()).with(user(snv)))
                .andExpect(content().string(containsString("id=\"action-return-to-department\"")));
        mvc.perform(post("/appraisal/dossiers/{id}/return-to-department", returned.getId()).with(user(snv)).with(csrf())
                        .param("version", String.valueOf(fixtures.reload(returned, "snv").getVersion()))
                        .param("reason", "Thiếu xác nhận của Ban chỉ đạo huyện"))
                .andExpect(redirectedUrl("/appraisal/submissions/" + submission.id()))
                .andExpect(flash().attribute("notice", "notice.dossier.returnedToDepartment"));

        Dossier back = fixtures.reload(returned, "syt");
        assertThat(back.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(back.getSubmissionId()).isNull();
        // out of the submission, out of Home Affairs' sight
        assertThat(dossiers.inSubmission(snv.actor(), submission.id())).extracting(DossierView::id).containsExactly(kept.getId());
        mvc.perform(get("/dossiers/{id}", returned.getId()).with(user(snv))).andExpect(status().isNotFound());

        // in the department's queue, with the reason on the dossier page
        mvc.perform(get("/review").with(user(syt)))
                .andExpect(content().string(containsString("Quàng Thị Trả Về")));
        mvc.perform(get("/dossiers/{id}", returned.getId()).with(user(syt)))
                .andExpect(content().string(containsString("id=\"home-affairs-return\"")))
                .andExpect(content().string(containsString("Thiếu xác nhận của Ban chỉ đạo huyện")))
                .andExpect(content().string(containsString("id=\"action-accept\"")));
        assertThat(jdbc.sql("""
                select count(*) from notice n join user_account u on u.id = n.recipient_id
                 where n.kind = 'RETURNED_TO_DEPARTMENT' and n.dossier_id = ? and u.username = 'syt'""")
                .param(returned.getId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from notice n join user_account u on u.id = n.recipient_id
                 where n.kind = 'RETURNED_TO_DEPARTMENT' and n.dossier_id = ? and u.role <> 'DEPARTMENT'""")
                .param(returned.getId()).query(Long.class).single()).isZero();

        // the rest of the submission is appraised and forwarded without it
        appraisals.appraise(kept.getId(), fixtures.reload(kept, "snv").getVersion(), true, null, snv.actor());
        mvc.perform(post("/appraisal/submissions/{id}/forward", submission.id()).with(user(snv)).with(csrf()))
                .andExpect(redirectedUrl("/appraisal"));
        assertThat(fixtures.reload(kept, "snv").getStatus()).isEqualTo(DossierStatus.AT_CHAIRMAN);
        assertThat(fixtures.reload(returned, "syt").getStatus()).isEqualTo(DossierStatus.SUBMITTED);

        // the department accepts it again and compiles it into a new submission
        departmentSteps.accept(returned.getId(), fixtures.reload(returned, "syt").getVersion(), syt.actor());
        SubmissionView again = fixtures.sent("syt", fixtures.reload(returned, "syt"));
        assertThat(fixtures.reload(returned, "syt").getSubmissionId()).isEqualTo(again.id());
    }

    @Test
    void aSubmissionLeftEmptyCannotBeForwarded() throws Exception {
        Dossier only = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cầm Văn Duy Nhất");
        SubmissionView submission = fixtures.sent("syt", only);
        var snv = fixtures.user("snv");
        appraisals.returnToDepartment(only.getId(), fixtures.reload(only, "snv").getVersion(), "Sai đối tượng", snv.actor());

        mvc.perform(get("/appraisal/submissions/{id}", submission.id()).with(user(snv)))
                .andExpect(content().string(containsString("id=\"submission-emptied\"")))
                .andExpect(content().string(not(containsString("/forward"))));
        mvc.perform(post("/appraisal/submissions/{id}/forward", submission.id()).with(user(snv)).with(csrf()))
                .andExpect(redirectedUrl("/appraisal/submissions/" + submission.id()))
                .andExpect(flash().attribute("failure", "error.submission.emptied"));
    }

    @Test
    void aReasonIsRequiredAndWhatWasTypedIsKept() throws Exception {
        Dossier dossier = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lường Văn Chưa Lý Do");
        fixtures.sent("syt", dossier);
        var snv = fixtures.user("snv");
        mvc.perform(post("/appraisal/dossiers/{id}/return-to-department", dossier.getId()).with(user(snv)).with(csrf())
                        .param("version", String.valueOf(fixtures.reload(dossier, "snv").getVersion()))
                        .param("reason", "   "))
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId() + "#action-return-to-department"))
                .andExpect(flash().attribute("failedAction", "return-to-department"));
        assertThat(fixtures.reload(dossier, "snv").getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
    }

    @Test
    void aDepartmentCannotReturnToItselfAndTheWrongStageIsAConflict() throws Exception {
        Dossier atHomeAffairs = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Hà Văn Không Được");
        fixtures.sent("syt", atHomeAffairs);
        mvc.perform(post("/appraisal/dossiers/{id}/return-to-department", atHomeAffairs.getId())
                        .with(user(fixtures.user("syt"))).with(csrf())
                        .param("version", String.valueOf(fixtures.reload(atHomeAffairs, "syt").getVersion()))
                        .param("reason", "Tự trả"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/{id}", atHomeAffairs.getId()).with(user(fixtures.user("syt"))))
                .andExpect(content().string(not(containsString("action-return-to-department"))));

        Dossier forwarded = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Hà Thị Đã Trình");
        SubmissionView s = fixtures.sent("syt", forwarded);
        var snv = fixtures.user("snv");
        appraisals.appraise(forwarded.getId(), fixtures.reload(forwarded, "snv").getVersion(), true, null, snv.actor());
        mvc.perform(post("/appraisal/submissions/{id}/forward", s.id()).with(user(snv)).with(csrf()));
        mvc.perform(post("/appraisal/dossiers/{id}/return-to-department", forwarded.getId()).with(user(snv)).with(csrf())
                        .param("version", String.valueOf(fixtures.reload(forwarded, "snv").getVersion()))
                        .param("reason", "Quá muộn"))
                .andExpect(status().isConflict());
    }
}
