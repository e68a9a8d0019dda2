package vn.gov.sonla.awards.signing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierEvent;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit whose head signs in the system (UBND huyện Mai Sơn in the demo data): the clerk presents a finished dossier
 * to the head, who sends it on to the compiling department or returns it; the clerk never sends it alone, and whoever
 * presented it never sends it on.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UnitHeadSigningIntegrationTests {

    static final String CLERK = "vanthu.maison";
    static final String HEAD = "ct.maison";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired UnitSteps unitSteps;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    private Dossier presented(String name) throws Exception {
        Dossier d = fixtures.aCompleteDraft(CLERK, "COVID19", "CHAIRMAN_CERTIFICATE", name + " " + stamp);
        MvcResult sent = mvc.perform(post("/dossiers/{id}/submit", d.getId()).param("version", "" + d.getVersion())
                .with(user(fixtures.user(CLERK))).with(csrf())).andReturn();
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("notice.dossier.presentedToUnitHead");
        return fixtures.reload(d, CLERK);
    }

    @Test
    void theClerkPresentsTheHeadSignsAndTheDossierGoesToTheCompilingDepartment() throws Exception {
        Dossier d = presented("Lò Văn Thủ Trưởng");
        assertThat(d.getStatus()).isEqualTo(DossierStatus.AT_UNIT_HEAD);
        // not yet the department's: it does not find it
        mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("syt")))).andExpect(status().isNotFound());
        mvc.perform(get("/signing").with(user(fixtures.user(HEAD))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/signing/dossiers/" + d.getId())));
        String page = mvc.perform(get("/signing/dossiers/{id}", d.getId()).with(user(fixtures.user(HEAD))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lò Văn Thủ Trưởng " + stamp)))
                .andReturn().getResponse().getContentAsString();
        // the head's answers come before the achievements, which may be long
        assertThat(page.indexOf("id=\"sign\"")).isPositive().isLessThan(page.indexOf("id=\"unit-dossier-achievements\""));

        mvc.perform(post("/signing/dossiers/{id}/sign", d.getId()).param("version", "" + d.getVersion())
                .with(user(fixtures.user(HEAD))).with(csrf())).andExpect(status().isFound());

        Dossier sent = fixtures.reload(d, CLERK);
        assertThat(sent.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(sent.getHistory()).extracting(DossierEvent::getAction).endsWith(DossierAction.PRESENT_TO_UNIT_HEAD,
                DossierAction.SUBMIT);
        assertThat(sent.getHistory()).last().satisfies(e -> assertThat(e.getActorUsername()).isEqualTo(HEAD));
        mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("syt")))).andExpect(status().isOk());
        mvc.perform(get("/signing").with(user(fixtures.user(HEAD))))
                .andExpect(content().string(not(containsString("/signing/dossiers/" + d.getId()))));
    }

    @Test
    void theHeadGoesFromOneDossierToTheNextInTheOrderOfTheSigningList() throws Exception {
        Dossier first = presented("Lò Văn Đầu");
        Dossier second = presented("Lò Văn Giữa");
        Dossier third = presented("Lò Văn Cuối");
        String page = mvc.perform(get("/signing/dossiers/{id}", second.getId()).with(user(fixtures.user(HEAD))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"previous-dossier\"[^>]*href=\"/signing/dossiers/" + first.getId() + "\"")
                .containsPattern("id=\"next-dossier\"[^>]*href=\"/signing/dossiers/" + third.getId() + "\"")
                .contains("Lò Văn Cuối " + stamp);
        // the links come before the answers, which come before the achievements
        assertThat(page.indexOf("id=\"neighbours\"")).isPositive().isLessThan(page.indexOf("id=\"sign\""));

        // a dossier sent on is no longer among the links
        mvc.perform(post("/signing/dossiers/{id}/sign", first.getId()).param("version", "" + first.getVersion())
                .with(user(fixtures.user(HEAD))).with(csrf())).andExpect(status().isFound());
        page = mvc.perform(get("/signing/dossiers/{id}", second.getId()).with(user(fixtures.user(HEAD))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/signing/dossiers/" + first.getId() + "\"");
    }

    @Test
    void theHeadReturnsTheDossierToTheClerkWithANoteAndTheClerkCanChangeIt() throws Exception {
        Dossier d = presented("Cầm Thị Trả Về");
        mvc.perform(post("/signing/dossiers/{id}/return", d.getId()).param("version", "" + d.getVersion())
                .param("reason", " ").with(user(fixtures.user(HEAD))).with(csrf())).andExpect(status().isFound());
        assertThat(fixtures.reload(d, CLERK).getStatus()).as("no note, no return").isEqualTo(DossierStatus.AT_UNIT_HEAD);

        mvc.perform(post("/signing/dossiers/{id}/return", d.getId()).param("version", "" + d.getVersion())
                .param("reason", "Bổ sung xác nhận của Trạm Y tế.").with(user(fixtures.user(HEAD))).with(csrf()))
                .andExpect(status().isFound());

        Dossier back = fixtures.reload(d, CLERK);
        assertThat(back.getStatus()).isEqualTo(DossierStatus.DRAFT);
        assertThat(back.getHistory()).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(DossierAction.RETURN_TO_CLERK);
            assertThat(e.getNote()).isEqualTo("Bổ sung xác nhận của Trạm Y tế.");
        });
        mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user(CLERK))))
                .andExpect(content().string(containsString("Bổ sung xác nhận của Trạm Y tế.")));
        unitSteps.describeAchievements(d.getId(), back.getVersion(), "Đã bổ sung xác nhận.", fixtures.actor(CLERK));
    }

    @Test
    void theClerkNeverSendsItAloneAndNobodyButTheHeadSignsIt() throws Exception {
        Dossier d = presented("Quàng Văn Một Mình");
        Dossier draft = fixtures.aCompleteDraft(CLERK, "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Văn Gửi Thẳng " + stamp);
        assertThatThrownBy(() -> unitSteps.submit(draft.getId(), draft.getVersion(), null, fixtures.actor(CLERK)))
                .isInstanceOf(ConflictException.class).hasMessage("error.dossier.unitHeadSigns");
        assertThatThrownBy(() -> unitSteps.submit(d.getId(), d.getVersion(), null, fixtures.actor(CLERK)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> unitSteps.sendOnByUnitHead(d.getId(), d.getVersion(), null, fixtures.actor(CLERK)))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(get("/signing/dossiers/{id}", d.getId()).with(user(fixtures.user(CLERK)))).andExpect(status().isForbidden());
        mvc.perform(post("/signing/dossiers/{id}/sign", d.getId()).param("version", "" + d.getVersion())
                .with(user(fixtures.user(CLERK))).with(csrf())).andExpect(status().isForbidden());
        // the head of another unit does not even find it
        mvc.perform(post("/signing/dossiers/{id}/sign", d.getId()).param("version", "" + d.getVersion())
                .with(user(fixtures.user("gd.syt"))).with(csrf())).andExpect(status().is4xxClientError());
        assertThat(fixtures.reload(d, CLERK).getStatus()).isEqualTo(DossierStatus.AT_UNIT_HEAD);
    }

    @Test
    void whoeverPresentedTheDossierNeverSendsItOnEvenAsALeaderOfTheUnit() throws Exception {
        String username = "pct.maison." + stamp;
        accounts.createLeader(username, "sonla2021", "Hà Văn Tự Gửi", Role.CLERK,
                units.findByCode("MAISON").orElseThrow(), LeaderPosition.DEPUTY, "Phó Chủ tịch");
        Dossier d = fixtures.aCompleteDraft(username, "COVID19", "CHAIRMAN_CERTIFICATE", "Hà Thị Bốn Mắt " + stamp);
        unitSteps.presentToUnitHead(d.getId(), d.getVersion(), null, fixtures.actor(username));
        long version = fixtures.reload(d, CLERK).getVersion();

        assertThatThrownBy(() -> unitSteps.sendOnByUnitHead(d.getId(), version, null, fixtures.actor(username)))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.signing.fourEyes");
        assertThat(fixtures.reload(d, CLERK).getStatus()).isEqualTo(DossierStatus.AT_UNIT_HEAD);
        mvc.perform(get("/signing/dossiers/{id}", d.getId()).with(user(fixtures.user(username))))
                .andExpect(content().string(containsString("id=\"four-eyes\"")));

        unitSteps.sendOnByUnitHead(d.getId(), version, null, fixtures.actor(HEAD));
        assertThat(fixtures.reload(d, CLERK).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
    }
}
