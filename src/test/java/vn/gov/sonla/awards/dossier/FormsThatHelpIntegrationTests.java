package vn.gov.sonla.awards.dossier;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierSnapshots;
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

/**
 * The dossier's pages say what they show and where a refusal is: the person's form speaks of a person, a known
 * date of birth is labelled as one, dates read dd/mm/yyyy, the sections a department asked to supplement are
 * marked in the clerk's task list, an attachment's whole SHA-256 can be read, and a refused step's message sits
 * beside the box it concerns and in a summary that links to that box.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FormsThatHelpIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DepartmentSteps departmentSteps;

    @Test
    void thePersonsFormSpeaksOfAPersonAndTheCollectivesOfACollective() throws Exception {
        Dossier person = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Văn Người");
        mvc.perform(get("/dossiers/{id}/edit/nominee", person.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(containsString(">Họ và tên</label>")))
                .andExpect(content().string(not(containsString("tập thể"))));
    }

    @Test
    void aPersonsFormWithoutANameAsksForThePersonsName() throws Exception {
        Dossier person = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Văn Tên");
        mvc.perform(post("/dossiers/{id}/nominee", person.getId()).with(user(fixtures.user("vanthu.maison"))).with(csrf())
                        .param("version", String.valueOf(person.getVersion())).param("nomineeName", " ")
                        .param("position", "Y sĩ"))
                .andExpect(content().string(containsString("Nhập họ và tên của cá nhân được đề nghị.")))
                .andExpect(content().string(containsString("value=\"Y sĩ\"")))
                .andExpect(content().string(not(containsString("tập thể"))));
    }

    @Test
    void aKnownDateOfBirthIsLabelledAsADate() throws Exception {
        Dossier person = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Ngày Sinh");
        var clerk = fixtures.user("vanthu.maison");
        mvc.perform(post("/dossiers/{id}/nominee", person.getId()).with(user(clerk)).with(csrf())
                .param("version", String.valueOf(person.getVersion()))
                .param("nomineeName", "Lò Thị Ngày Sinh").param("birthDate", "1985-03-09")
                .param("gender", "FEMALE").param("position", "Y sĩ").param("workplace", "Trạm Y tế xã Chiềng Mung"));
        mvc.perform(get("/dossiers/{id}", person.getId()).with(user(clerk)))
                .andExpect(content().string(containsString(">Ngày sinh</dt>")))
                .andExpect(content().string(containsString("09/03/1985")));
    }

    @Test
    void theComparisonOfTwoCopiesShowsDatesAsThePagesDo() {
        var before = new DossierSnapshots.Snapshot(1, null, null, null, "a", Map.of("nomineeBirthDate", "1985-03-09"));
        var after = new DossierSnapshots.Snapshot(2, null, null, null, "a", Map.of("nomineeBirthDate", "1985-03-19"));
        assertThat(DossierSnapshots.diff(before, after)).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo("09/03/1985");
            assertThat(change.after()).isEqualTo("19/03/1985");
        });
    }

    @Test
    void theSectionsToSupplementAreMarkedInTheTaskList() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hà Văn Bổ Sung");
        departmentSteps.returnForSupplementation(d.getId(), d.getVersion(),
                Set.of(FilingSection.ATTACHMENTS, FilingSection.CRITERIA), "Thiếu xác nhận.", fixtures.actor("syt"));
        String page = mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"supplement-attachments\"", "id=\"supplement-criteria\"")
                .doesNotContain("id=\"supplement-nominee\"", "id=\"supplement-achievements\"");
    }

    @Test
    void anAttachmentsWholeDigestIsOnThePage() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Vì Văn Băm");
        String sha256 = fixtures.reload(d, "vanthu.maison").getAttachments().get(0).getSha256();
        mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(containsString(">" + sha256 + "</code>")));
    }

    @Test
    void aRefusedReturnSaysWhichBoxAndSitsBesideIt() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Tòng Văn Lý Do");
        var syt = fixtures.user("syt");
        MvcResult refused = mvc.perform(post("/review/dossiers/{id}/return", d.getId()).with(user(syt)).with(csrf())
                .param("version", String.valueOf(d.getVersion())).param("reason", "  ")).andReturn();
        // the refusal's message travels in the stored session, which the session cookie names, as for a browser
        mvc.perform(get("/dossiers/{id}", d.getId()).with(user(syt)).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("<a href=\"#return-reason\">")))
                .andExpect(content().string(containsString("id=\"return-reason-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"return-reason-error\"")))
                .andExpect(content().string(not(containsString("id=\"reject-reason-error\""))));
    }

    @Test
    void signedOutPagesLinkToSignInAndToEachOther() throws Exception {
        mvc.perform(get("/public/honour-roll"))
                .andExpect(content().string(containsString("id=\"sign-in-link\" href=\"/login\"")));
        mvc.perform(get("/public/honour-roll"))
                .andExpect(content().string(containsString("href=\"/verify\"")));
        mvc.perform(get("/verify"))
                .andExpect(content().string(containsString("href=\"/public/honour-roll\"")));
    }
}
