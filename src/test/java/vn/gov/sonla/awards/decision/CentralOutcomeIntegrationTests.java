package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A state-level award the chairman proposed to the central level: the chairman's office later records the outcome,
 * awarded with the central decision's number and date, or declined with the reason — once, from that stage only.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CentralOutcomeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Approvals approvals;
    @Autowired vn.gov.sonla.awards.decision.Decisions decisions;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired DecidedChains chains;

    @Test
    void theOfficeRecordsTheCentralAwardAndTheDossierShowsIt() throws Exception {
        List<Dossier> proposed = proposedToCentral("Mùa A Sử", "Cầm Thị Mai");
        long awarded = proposed.get(0).getId();
        long declined = proposed.get(1).getId();
        CurrentUser office = fixtures.user("vpubnd");

        String waiting = mvc.perform(get("/decisions").with(user(office))).andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains("proposed-to-central", "Mùa A Sử", "Cầm Thị Mai");

        // Empty number: refused with a message, the date typed is kept.
        MvcResult empty = mvc.perform(post("/decisions/dossiers/{id}/central-award", awarded).with(user(office)).with(csrf())
                .param("version", version(awarded)).param("centralDecisionNumber", " ")
                .param("centralDecisionDate", "2022-01-20")).andReturn();
        assertThat(empty.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + awarded + "#action-central-award");
        assertThat(empty.getFlashMap().get("actionError")).isEqualTo("Nhập số quyết định khen thưởng của cấp trên.");
        assertThat(empty.getFlashMap().get("typedCentralDate")).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(dossiers.get(awarded, office.actor()).getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);

        MvcResult recorded = mvc.perform(post("/decisions/dossiers/{id}/central-award", awarded).with(user(office)).with(csrf())
                .param("version", version(awarded)).param("centralDecisionNumber", "125/QĐ-CTN")
                .param("centralDecisionDate", "2022-01-20")).andReturn();
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + awarded);
        Dossier d = dossiers.get(awarded, office.actor());
        assertThat(d.getStatus()).isEqualTo(DossierStatus.CENTRAL_AWARDED);
        assertThat(approvals.proposalOf(awarded).orElseThrow().centralDecisionNumber()).isEqualTo("125/QĐ-CTN");
        assertThat(approvals.proposalOf(awarded).orElseThrow().centralDecisionDate()).isEqualTo(LocalDate.of(2022, 1, 20));
        String page = mvc.perform(get("/dossiers/{id}", awarded).with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã được cấp trên khen thưởng", "Quyết định số 125/QĐ-CTN ngày 20/01/2022")
                .doesNotContain("action-central-award");

        // Once only: a second outcome is refused as the wrong stage.
        assertThat(mvc.perform(post("/decisions/dossiers/{id}/central-decline", awarded).with(user(office)).with(csrf())
                .param("version", version(awarded)).param("reason", "x")).andReturn().getResponse().getStatus()).isEqualTo(409);

        mvc.perform(post("/decisions/dossiers/{id}/central-decline", declined).with(user(office)).with(csrf())
                .param("version", version(declined)).param("reason", "Chưa đủ điều kiện theo quy định của Luật"));
        Dossier refused = dossiers.get(declined, office.actor());
        assertThat(refused.getStatus()).isEqualTo(DossierStatus.CENTRAL_DECLINED);
        assertThat(refused.getLastReason()).isEqualTo("Chưa đủ điều kiện theo quy định của Luật");
    }

    @Test
    void theOutcomeIsRecordedAfterAPageThatSaysWhatItDoesAndTheNoticeNamesTheDecision() throws Exception {
        List<Dossier> proposed = proposedToCentral("Vì Văn Xác Nhận", "Lò Thị Từ Chối");
        long awarded = proposed.get(0).getId();
        long declined = proposed.get(1).getId();
        CurrentUser office = fixtures.user("vpubnd");

        String dossierPage = mvc.perform(get("/dossiers/{id}", awarded).with(user(office))).andReturn().getResponse().getContentAsString();
        assertThat(dossierPage).contains("action=\"/decisions/dossiers/" + awarded + "/central-award/confirm\"",
                "action=\"/decisions/dossiers/" + awarded + "/central-decline/confirm\"");

        String confirm = mvc.perform(post("/decisions/dossiers/{id}/central-award/confirm", awarded).with(user(office)).with(csrf())
                        .param("version", version(awarded)).param("centralDecisionNumber", "77/QĐ-CTN")
                        .param("centralDecisionDate", "2022-01-20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Quyết định số 77/QĐ-CTN ngày 20/01/2022", "không thể hoàn tác",
                "name=\"centralDecisionNumber\" value=\"77/QĐ-CTN\"", "name=\"centralDecisionDate\" value=\"2022-01-20\"");
        assertThat(dossiers.get(awarded, office.actor()).getStatus()).as("nothing recorded yet")
                .isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);

        // what cannot be recorded goes back to the dossier's page with its message, as the step would
        assertThat(mvc.perform(post("/decisions/dossiers/{id}/central-award/confirm", awarded).with(user(office)).with(csrf())
                        .param("version", version(awarded)).param("centralDecisionNumber", " ")
                        .param("centralDecisionDate", "2022-01-20")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/dossiers/" + awarded + "#action-central-award");
        assertThat(mvc.perform(post("/decisions/dossiers/{id}/central-decline/confirm", declined).with(user(fixtures.user("snv")))
                .with(csrf()).param("version", version(declined)).param("reason", "x")).andReturn().getResponse().getStatus())
                .as("not Home Affairs' step").isEqualTo(403);

        mvc.perform(post("/decisions/dossiers/{id}/central-award", awarded).with(user(office)).with(csrf())
                        .param("version", version(awarded)).param("centralDecisionNumber", "77/QĐ-CTN")
                        .param("centralDecisionDate", "2022-01-20"))
                .andExpect(flash().attribute("notice", "notice.central.awarded"))
                .andExpect(flash().attribute("noticeArg", "77/QĐ-CTN"));
        assertThat(mvc.perform(post("/decisions/dossiers/{id}/central-award/confirm", awarded).with(user(office)).with(csrf())
                        .param("version", version(awarded)).param("centralDecisionNumber", "77/QĐ-CTN")
                        .param("centralDecisionDate", "2022-01-20")).andReturn().getResponse().getStatus())
                .as("recorded already: no page to confirm it again").isEqualTo(409);

        String declineConfirm = mvc.perform(post("/decisions/dossiers/{id}/central-decline/confirm", declined).with(user(office))
                        .with(csrf()).param("version", version(declined)).param("reason", "Chưa đủ thời gian công tác"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(declineConfirm).contains("không được cấp trên khen thưởng", "Chưa đủ thời gian công tác",
                "action=\"/decisions/dossiers/" + declined + "/central-decline\"");
    }

    @Test
    void onlyTheOfficeRecordsAndOnlyForAProposedDossier() throws Exception {
        long id = proposedToCentral("Hà Văn Kiên").get(0).getId();
        for (String other : new String[] {"snv", "syt", "vanthu.maison"}) {
            assertThat(mvc.perform(post("/decisions/dossiers/{id}/central-award", id).with(user(fixtures.user(other))).with(csrf())
                    .param("version", version(id)).param("centralDecisionNumber", "1/QĐ-CTN")
                    .param("centralDecisionDate", "2022-01-20")).andReturn().getResponse().getStatus()).as(other).isEqualTo(403);
        }
        Dossier provincial = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Văn Tỉnh");
        assertThat(mvc.perform(post("/decisions/dossiers/{id}/central-award", provincial.getId())
                .with(user(fixtures.user("vpubnd"))).with(csrf()).param("version", "0")
                .param("centralDecisionNumber", "1/QĐ-CTN").param("centralDecisionDate", "2022-01-20"))
                .andReturn().getResponse().getStatus()).as("a dossier the office cannot see").isEqualTo(404);
    }

    List<Dossier> proposedToCentral(String... names) {
        return chains.proposedToCentral(names);
    }

    String version(long id) {
        return Long.toString(dossiers.get(id, fixtures.user("vpubnd").actor()).getVersion());
    }
}
