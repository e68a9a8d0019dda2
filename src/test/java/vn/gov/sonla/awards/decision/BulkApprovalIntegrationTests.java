package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.AtOnce;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
 * The chairman's office approves the ticked dossiers of a forwarded submission with one note, or every waiting one
 * Home Affairs endorsed: all of them or none, each step in its own dossier's history as if approved alone.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BulkApprovalIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired JdbcClient jdbc;

    @Test
    void theTickedDossiersAreApprovedWithTheCommonNoteEachInItsOwnHistory() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier first = named(chain, chain.firstIndividual);
        Dossier collective = named(chain, chain.collective);

        mvc.perform(get("/decisions/submissions/{id}", chain.submission.id()).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(content().string(containsString("form=\"approve-selected\" name=\"dossierIds\" value=\"" + first.getId() + "\"")))
                .andExpect(content().string(containsString("Phê duyệt các hồ sơ đã chọn")))
                .andExpect(content().string(containsString("Phê duyệt tất cả 3 hồ sơ Sở Nội vụ đồng ý")));

        mvc.perform(approve(chain, "Theo Tờ trình của Sở Nội vụ", false, first, collective))
                .andExpect(redirectedUrl("/decisions/submissions/" + chain.submission.id()))
                .andExpect(flash().attribute("notice", "notice.dossier.approvedMany"))
                .andExpect(flash().attribute("noticeArg", 2));

        for (Dossier d : new Dossier[] {first, collective}) {
            assertThat(fixtures.reload(d, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.APPROVED);
            assertThat(fixtures.events(d.getId(), "APPROVE")).as("the history records the step").isEqualTo(1);
            assertThat(jdbc.sql("select note from dossier_event where dossier_id = ? and action = 'APPROVE'")
                    .param(d.getId()).query(String.class).single()).isEqualTo("Theo Tờ trình của Sở Nội vụ");
        }
        assertThat(fixtures.reload(named(chain, chain.secondIndividual), DecidedChain.OFFICE).getStatus())
                .as("not ticked").isEqualTo(DossierStatus.AT_CHAIRMAN);
    }

    @Test
    void everyWaitingDossierHomeAffairsEndorsedIsApprovedAndTheOtherWaits() throws Exception {
        DecidedChain chain = chains.start().forwarded();

        mvc.perform(approve(chain, null, true))
                .andExpect(flash().attribute("notice", "notice.dossier.approvedMany"))
                .andExpect(flash().attribute("noticeArg", 3));

        for (Dossier d : chain.filed) {
            assertThat(fixtures.reload(d, DecidedChain.OFFICE).getStatus()).as(d.getNomineeName())
                    .isEqualTo(d.getNomineeName().equals(chain.notEndorsed) ? DossierStatus.AT_CHAIRMAN : DossierStatus.APPROVED);
        }
        // the one left is declined on its own page; then the answer can be presented
        mvc.perform(get("/decisions/submissions/{id}", chain.submission.id()).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(content().string(not(containsString("id=\"approve-endorsed-submit\""))))
                .andExpect(content().string(containsString("id=\"approve-selected-submit\"")));
    }

    @Test
    void theSameApprovalSentAgainSaysItWasDoneAndApprovesNothingTwice() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier first = named(chain, chain.firstIndividual);
        // the page as it was shown, sent twice (a double-click, a form sent back)
        MockHttpServletRequestBuilder ticked = approve(chain, null, false, first);
        MockHttpServletRequestBuilder allEndorsed = approve(chain, null, true);

        mvc.perform(ticked).andExpect(flash().attribute("noticeArg", 1));
        mvc.perform(ticked)
                .andExpect(redirectedUrl("/decisions/submissions/" + chain.submission.id()))
                .andExpect(flash().attribute("notice", "notice.dossier.alreadyApprovedMany"));
        mvc.perform(allEndorsed).andExpect(flash().attribute("noticeArg", 2)).andExpect(flash().attribute("notice",
                "notice.dossier.approvedMany"));
        mvc.perform(allEndorsed)
                .andExpect(flash().attribute("notice", "notice.dossier.alreadyApprovedMany"))
                .andExpect(flash().attribute("noticeArg", 3));

        for (Dossier d : chain.filed) {
            assertThat(fixtures.events(d.getId(), "APPROVE")).as(d.getNomineeName())
                    .isEqualTo(d.getNomineeName().equals(chain.notEndorsed) ? 0 : 1);
        }
    }

    @Test
    void allEndorsedSentFourTimesAtOnceApprovesEachOnceAndEveryAnswerSaysWhatWasDone() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        String[] shown = chain.filed.stream().map(d -> fixtures.reload(d, DecidedChain.OFFICE))
                .map(d -> d.getId() + ":" + d.getVersion()).toArray(String[]::new);

        // each request built apart, all with the versions the one page showed
        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/decisions/submissions/{id}/approve-selected",
                chain.submission.id()).with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())
                .param("shown", shown).param("allEndorsed", "true"));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsOnly(302);
        assertThat(answers).extracting(AtOnce::notice).containsOnlyOnce("notice.dossier.approvedMany")
                .containsOnly("notice.dossier.approvedMany", "notice.dossier.alreadyApprovedMany");
        for (Dossier d : chain.filed) {
            assertThat(fixtures.events(d.getId(), "APPROVE")).as(d.getNomineeName())
                    .isEqualTo(d.getNomineeName().equals(chain.notEndorsed) ? 0 : 1);
        }
    }

    @Test
    void aDossierChangedSinceThePageWasShownIsNamedAndNoneIsApproved() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier first = named(chain, chain.firstIndividual);
        Dossier second = named(chain, chain.secondIndividual);
        long shownSecond = fixtures.reload(second, DecidedChain.OFFICE).getVersion();
        // a colleague writes the certificate's line of the second after the page was shown
        approvals.writeAwardLine(second.getId(), shownSecond, "Đã có thành tích xuất sắc", fixtures.actor(DecidedChain.OFFICE));

        mvc.perform(post("/decisions/submissions/{id}/approve-selected", chain.submission.id())
                        .param("dossierIds", String.valueOf(first.getId()), String.valueOf(second.getId()))
                        .param("shown", first.getId() + ":" + fixtures.reload(first, DecidedChain.OFFICE).getVersion(),
                                second.getId() + ":" + shownSecond)
                        .param("note", "Ghi chú đã gõ")
                        .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()))
                .andExpect(redirectedUrl("/decisions/submissions/" + chain.submission.id() + "#approve-selected"))
                .andExpect(flash().attribute("failure", "error.approveSelected.refused"))
                .andExpect(flash().attribute("typedNote", "Ghi chú đã gõ"))
                .andExpect(flash().attribute("refused", hasSize(1)))
                .andExpect(flash().attribute("refused", hasItem(containsString(chain.secondIndividual))));

        assertThat(fixtures.reload(first, DecidedChain.OFFICE).getStatus()).as("nothing half-done").isEqualTo(DossierStatus.AT_CHAIRMAN);
        assertThat(fixtures.events(first.getId(), "APPROVE")).isZero();
    }

    @Test
    void aDossierOfAnotherSubmissionIsNamedAndNoneIsApproved() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        DecidedChain other = chains.start().forwarded();
        Dossier mine = named(chain, chain.firstIndividual);
        Dossier theirs = named(other, other.firstIndividual);

        mvc.perform(approve(chain, null, false, mine, theirs))
                .andExpect(flash().attribute("failure", "error.approveSelected.refused"))
                .andExpect(flash().attribute("refused", hasItem(containsString("#" + theirs.getId()))));
        assertThat(fixtures.reload(mine, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.AT_CHAIRMAN);
        assertThat(fixtures.reload(theirs, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.AT_CHAIRMAN);
    }

    @Test
    void nothingTickedSaysSoAndATooLongNoteIsKept() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        mvc.perform(approve(chain, "Ghi chú", false))
                .andExpect(flash().attribute("failure", "error.selection.empty"))
                .andExpect(flash().attribute("typedNote", "Ghi chú"));
        String tooLong = "x".repeat(4001);
        mvc.perform(approve(chain, tooLong, false, named(chain, chain.firstIndividual)))
                .andExpect(flash().attribute("approveError", "Không quá 4.000 ký tự."))
                .andExpect(flash().attribute("typedNote", tooLong));
        assertThat(fixtures.reload(named(chain, chain.firstIndividual), DecidedChain.OFFICE).getStatus())
                .isEqualTo(DossierStatus.AT_CHAIRMAN);
    }

    @Test
    void refusedToTheSpecialistWhileTheAnswerAwaitsTheSignatureAndToOtherRoles() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier first = named(chain, chain.firstIndividual);
        String shown = first.getId() + ":" + fixtures.reload(first, DecidedChain.OFFICE).getVersion();

        mvc.perform(post("/decisions/submissions/{id}/approve-selected", chain.submission.id())
                        .param("dossierIds", String.valueOf(first.getId())).param("shown", shown)
                        .with(user(fixtures.user(DecidedChain.HOME_AFFAIRS))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/decisions/submissions/{id}/approve-selected", chain.submission.id())
                        .param("dossierIds", String.valueOf(first.getId())).param("shown", shown)
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isForbidden());

        Dossier declined = named(chain, chain.notEndorsed);
        for (Dossier d : chain.filed) {
            long version = fixtures.reload(d, DecidedChain.OFFICE).getVersion();
            if (d.getId().equals(declined.getId())) {
                approvals.decline(d.getId(), version, "Theo ý kiến thẩm định", fixtures.actor(DecidedChain.OFFICE));
            } else {
                approvals.approve(d.getId(), version, null, fixtures.actor(DecidedChain.OFFICE));
            }
        }
        decisions.present(chain.submission.id(), LocalDate.of(2021, 12, 3), fixtures.actor(DecidedChain.CHAIRMAN).id(),
                fixtures.actor(DecidedChain.OFFICE));
        // the declined one, ticked on a page shown before the answer was presented
        mvc.perform(post("/decisions/submissions/{id}/approve-selected", chain.submission.id())
                        .param("dossierIds", String.valueOf(declined.getId()))
                        .param("shown", declined.getId() + ":" + fixtures.reload(declined, DecidedChain.OFFICE).getVersion())
                        .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()))
                .andExpect(flash().attribute("failure", "error.signing.answerAwaitingSignature"));
        assertThat(fixtures.reload(declined, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.DECLINED);
    }

    @Test
    void anApprovedDossierIsDeclinedFromItsOwnPageWhereTheSubmissionsLinkLeads() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier first = named(chain, chain.firstIndividual);
        mvc.perform(approve(chain, "", false, first)).andExpect(flash().attribute("notice", "notice.dossier.approvedMany"));

        var office = fixtures.user(DecidedChain.OFFICE);
        mvc.perform(get("/decisions/submissions/{id}", chain.submission.id()).with(user(office)))
                .andExpect(content().string(containsString("href=\"/dossiers/" + first.getId() + "#action-decline\"")));
        mvc.perform(get("/dossiers/{id}", first.getId()).with(user(office)))
                .andExpect(content().string(containsString("id=\"action-decline\"")))
                .andExpect(content().string(not(containsString("id=\"action-approve\""))));
        mvc.perform(post("/decisions/dossiers/{id}/decline", first.getId()).with(user(office)).with(csrf())
                        .param("version", String.valueOf(fixtures.reload(first, DecidedChain.OFFICE).getVersion()))
                        .param("reason", "Trùng với khen thưởng đột xuất đã trình."))
                .andExpect(status().isFound());
        assertThat(fixtures.reload(first, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.DECLINED);
    }

    @Test
    void anApprovedDossierDeclinedWhileTheDecisionAwaitsTheSignatureGoesBackWithTheReasonKept() throws Exception {
        DecidedChain chain = chains.start().presented();
        Dossier first = named(chain, chain.firstIndividual);
        var office = fixtures.user(DecidedChain.OFFICE);
        mvc.perform(post("/decisions/dossiers/{id}/decline", first.getId()).with(user(office)).with(csrf())
                        .param("version", String.valueOf(fixtures.reload(first, DecidedChain.OFFICE).getVersion()))
                        .param("reason", "Đã có hình thức khen thưởng khác."))
                .andExpect(redirectedUrl("/dossiers/" + first.getId() + "#action-decline"))
                .andExpect(flash().attribute("failedAction", "decline"))
                .andExpect(flash().attribute("typed", "Đã có hình thức khen thưởng khác."));
        assertThat(fixtures.reload(first, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.APPROVED);
    }

    @Test
    void aNoteTooLongIsNamedAtTheTopAndBesideItsBox() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier first = named(chain, chain.firstIndividual);
        MvcResult refused = mvc.perform(approve(chain, "x".repeat(4001), false, first)).andReturn();
        mvc.perform(get("/decisions/submissions/{id}", chain.submission.id()).with(user(fixtures.user(DecidedChain.OFFICE)))
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("<a href=\"#approve-note\">")))
                .andExpect(content().string(containsString("id=\"approve-note-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"approve-note-error\"")));
    }

    private MockHttpServletRequestBuilder approve(DecidedChain chain, String note, boolean allEndorsed, Dossier... ticked) {
        MockHttpServletRequestBuilder request = post("/decisions/submissions/{id}/approve-selected", chain.submission.id())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf());
        for (Dossier d : chain.filed) {
            Dossier now = fixtures.reload(d, DecidedChain.OFFICE);
            if (now.getStatus() == DossierStatus.AT_CHAIRMAN) {
                request = request.param("shown", d.getId() + ":" + now.getVersion());
            }
        }
        for (Dossier d : ticked) {
            request = request.param("dossierIds", String.valueOf(d.getId()));
            if (!chain.filed.contains(d)) {
                request = request.param("shown", d.getId() + ":" + fixtures.reload(d, DecidedChain.OFFICE).getVersion());
            }
        }
        if (allEndorsed) {
            request = request.param("allEndorsed", "true");
        }
        return note == null ? request : request.param("note", note);
    }

    private static Dossier named(DecidedChain chain, String nominee) {
        return chain.filed.stream().filter(d -> d.getNomineeName().equals(nominee)).findFirst().orElseThrow();
    }
}
