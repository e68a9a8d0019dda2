package vn.gov.sonla.awards.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.DossierRow;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.internal.Dossier;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department adds every accepted dossier matching its filter to a draft, and takes many out, each after a page
 * stating how many; the number confirmed must still hold when the step runs.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DraftCompilingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired DraftCompiling compiling;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired JdbcClient jdbc;

    /** A word in every nominee's name of one test, so that the filter matches that test's dossiers alone. */
    final String stamp = "Zz" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Test
    void everyAcceptedDossierMatchingTheFilterGoesIntoANewDraftOnceTheCountIsConfirmed() throws Exception {
        CurrentUser health = fixtures.user("syt");
        List<Long> ids = List.of(
                fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cả Lô Một " + stamp).getId(),
                fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Cả Lô Hai " + stamp).getId(),
                fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cả Lô Ba " + stamp).getId());

        mvc.perform(get("/review/accepted").param("q", stamp).with(user(health)))
                .andExpect(content().string(containsString("Thêm cả 3 hồ sơ khớp bộ lọc")))
                .andExpect(content().string(containsString("/review/accepted/add-all?q=" + stamp)));
        mvc.perform(get("/review/accepted/add-all").param("q", stamp).with(user(health)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sẽ thêm 3 hồ sơ")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"3\"")));

        MvcResult added = mvc.perform(post("/review/accepted/add-all").param("q", stamp).param("confirmed", "3")
                        .param("draftId", "").with(user(health)).with(csrf()))
                .andExpect(flash().attribute("notice", "notice.draft.addedAll"))
                .andExpect(flash().attribute("noticeArg", 3L))
                .andReturn();
        long draftId = Long.parseLong(added.getResponse().getRedirectedUrl().replace("/review/submissions/", ""));
        assertThat(dossiers.inDraft(health.actor(), draftId)).extracting(DossierView::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(dossiers.acceptedOutsideDrafts(health.actor(), filter(), 100).items()).isEmpty();
    }

    @Test
    void aDossierAcceptedBetweenTheConfirmationAndThePostIsNotSilentlyAdded() throws Exception {
        CurrentUser health = fixtures.user("syt");
        fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Giữa Chừng Một " + stamp);
        fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Giữa Chừng Hai " + stamp);
        mvc.perform(get("/review/accepted/add-all").param("q", stamp).with(user(health)))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"2\"")));
        // accepted by a colleague while the page was read
        fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Giữa Chừng Ba " + stamp);
        long draftsBefore = drafts();

        mvc.perform(post("/review/accepted/add-all").param("q", stamp).param("confirmed", "2")
                        .with(user(health)).with(csrf()))
                .andExpect(redirectedUrl("/review/accepted/add-all?q=" + stamp + "&confirmedBefore=2"));

        assertThat(dossiers.acceptedOutsideDrafts(health.actor(), filter(), 100).items()).as("none placed").hasSize(3);
        assertThat(drafts()).as("no draft made").isEqualTo(draftsBefore);
        mvc.perform(get("/review/accepted/add-all").param("q", stamp).param("confirmedBefore", "2").with(user(health)))
                .andExpect(content().string(containsString("đã xác nhận 2 hồ sơ, nay bộ lọc khớp 3 hồ sơ")));
    }

    @Test
    void intoAnExistingDraftAndOnlyTheDepartmentsOwnDossiers() throws Exception {
        CurrentUser health = fixtures.user("syt");
        Dossier first = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Nháp Có Sẵn " + stamp);
        SubmissionView draft = compiling.addAllMatching(null, filter(), 1, health.actor());
        fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Thêm Sau " + stamp);

        // another department's filter finds none of them, and cannot place them
        CurrentUser ict = fixtures.user("stttt");
        mvc.perform(get("/review/accepted/add-all").param("q", stamp).with(user(ict)))
                .andExpect(content().string(containsString("id=\"add-all-none\"")))
                .andExpect(content().string(not(containsString("name=\"confirmed\""))));
        assertThatThrownBy(() -> compiling.addAllMatching(null, filter(), 1, ict.actor()))
                .isInstanceOf(ConflictException.class).hasMessage("error.draft.countChanged");
        assertThatThrownBy(() -> compiling.addAllMatching(draft.id(), filter(), 1, ict.actor()))
                .isInstanceOf(vn.gov.sonla.awards.common.NotFoundException.class);

        mvc.perform(get("/review/accepted/add-all").param("q", stamp).param("draftId", String.valueOf(draft.id()))
                        .with(user(health)))
                .andExpect(content().string(containsString("value=\"" + draft.id() + "\" selected=\"selected\"")));
        mvc.perform(post("/review/accepted/add-all").param("q", stamp).param("confirmed", "1")
                        .param("draftId", String.valueOf(draft.id())).with(user(health)).with(csrf()))
                .andExpect(redirectedUrl("/review/submissions/" + draft.id()));
        assertThat(dossiers.inDraft(health.actor(), draft.id())).hasSize(2).extracting(DossierView::id).contains(first.getId());
    }

    @Test
    void manyLeaveADraftAtOnceAfterAPageThatCountsThem() throws Exception {
        CurrentUser health = fixtures.user("syt");
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Bỏ Ra Một " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Bỏ Ra Hai " + stamp);
        Dossier c = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Ở Lại " + stamp);
        SubmissionView draft = compiling.addAllMatching(null, filter(), 3, health.actor());

        mvc.perform(get("/review/submissions/{id}", draft.id()).with(user(health)))
                .andExpect(content().string(containsString("form=\"remove-selected\" name=\"dossierIds\" value=\"" + a.getId() + "\"")));
        mvc.perform(post("/review/submissions/{id}/remove-selected/confirm", draft.id())
                        .param("dossierIds", String.valueOf(a.getId()), String.valueOf(b.getId())).with(user(health)).with(csrf()))
                .andExpect(content().string(containsString("Sẽ bỏ 2 hồ sơ sau ra khỏi bản nháp")))
                .andExpect(content().string(containsString("Bỏ Ra Hai " + stamp)))
                .andExpect(content().string(not(containsString("Ở Lại " + stamp))));

        mvc.perform(post("/review/submissions/{id}/remove-selected", draft.id())
                        .param("dossierIds", String.valueOf(a.getId()), String.valueOf(b.getId()))
                        .with(user(health)).with(csrf()))
                .andExpect(redirectedUrl("/review/submissions/" + draft.id()))
                .andExpect(flash().attribute("notice", "notice.draft.removedMany"))
                .andExpect(flash().attribute("noticeArg", 2));
        assertThat(dossiers.inDraft(health.actor(), draft.id())).extracting(DossierView::id).containsExactly(c.getId());

        // one already out: all or none
        mvc.perform(post("/review/submissions/{id}/remove-selected", draft.id())
                        .param("dossierIds", String.valueOf(a.getId()), String.valueOf(c.getId()))
                        .with(user(health)).with(csrf()))
                .andExpect(flash().attribute("failure", "error.draft.countChanged"));
        assertThat(dossiers.inDraft(health.actor(), draft.id())).extracting(DossierView::id).containsExactly(c.getId());
    }

    @Test
    void aDossierPlacedAllAtOnceRefusesAStepFromAPageShownBefore() {
        CurrentUser health = fixtures.user("syt");
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Phiên Bản " + stamp);
        long shown = a.getVersion();
        compiling.addAllMatching(null, filter(), 1, health.actor());
        assertThat(fixtures.reload(a, "syt").getVersion()).isGreaterThan(shown);
        assertThat(dossiers.acceptedOutsideDrafts(health.actor(), filter(), 10).items()).extracting(DossierRow::id)
                .doesNotContain(a.getId());
    }

    private DossierFilter filter() {
        return new DossierFilter(stamp, null, null, null, null, null, null, null);
    }

    private long drafts() {
        return jdbc.sql("select count(*) from submission where status = 'DRAFT'").query(Long.class).single();
    }
}
