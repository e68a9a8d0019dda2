package vn.gov.sonla.awards.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An issued decision is never changed: a correction is a new decision, the next number of the series, that
 * names the decision it corrects and why; both pages show the link. The awards granted stay as they were.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DecisionCorrectionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired Corrections corrections;

    DecidedChain decided() {
        return chains.start().decided();
    }

    @Test
    void aCorrectionIsANewNumberedDecisionReferencingTheOldOne() throws Exception {
        DecidedChain chain = decided();
        DecisionView old = chain.decision;
        var office = fixtures.user(DecidedChain.OFFICE);
        long viceChairman = fixtures.actor("pct.ubnd").id();
        int lastBefore = jdbc.sql("select last_number from document_counter where series = 'QĐ-UBND' and year = 2021")
                .query(Integer.class).single();

        // what was typed is kept when the reason is missing
        String refused = mvc.perform(post("/decisions/issued/{id}/correct", old.id()).with(user(office)).with(csrf())
                        .param("issuedOn", "2021-12-10").param("signerAccountId", Long.toString(viceChairman)).param("reason", " "))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(refused)).contains("Nhập nội dung đính chính.",
                "<option value=\"" + viceChairman + "\" selected=\"selected\">");

        MvcResult presented = mvc.perform(post("/decisions/issued/{id}/correct", old.id()).with(user(office)).with(csrf())
                .param("issuedOn", "2021-12-10").param("signerAccountId", Long.toString(viceChairman))
                .param("reason", "Đính chính tên đơn vị công tác của bà " + chain.firstIndividual)).andReturn();
        // presented to the vice-chairman: no number before the signature
        assertThat(presented.getResponse().getRedirectedUrl()).isEqualTo("/decisions/issued/" + old.id());
        assertThat(decisions.correctionsOf(old.id())).isEmpty();
        Corrections.Request request = corrections.unsignedOf(old.id()).get(0);
        assertThat(request.awaiting()).isTrue();
        assertThat(jdbc.sql("select last_number from document_counter where series = 'QĐ-UBND' and year = 2021")
                .query(Integer.class).single()).isEqualTo(lastBefore);
        // the specialist never signs it; the vice-chairman does, in the signing list
        assertThat(mvc.perform(post("/signing/corrections/{id}/sign", request.id()).with(user(office)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(get("/signing").with(user(fixtures.user("pct.ubnd"))))
                .andExpect(content().string(containsString("/signing/corrections/" + request.id())));
        MvcResult signed = mvc.perform(post("/signing/corrections/{id}/sign", request.id())
                .with(user(fixtures.user("pct.ubnd"))).with(csrf())).andReturn();
        assertThat(signed.getFlashMap().get("notice")).isEqualTo("notice.decision.corrected");
        long correctionId = decisions.correctionsOf(old.id()).get(0).id();
        String location = "/decisions/issued/" + correctionId;
        DecisionView correction = decisions.get(correctionId, office.actor());
        assertThat(correction.number()).isEqualTo((lastBefore + 1) + "/QĐ-UBND");
        assertThat(correction.correctsDecisionId()).isEqualTo(old.id());
        // the signer and the block from the vice-chairman's account, never typed
        assertThat(correction.signerName()).isEqualTo("Đặng Ngọc Hậu");
        assertThat(correction.signerAuthorityLines()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(decisions.correctionsOf(old.id())).extracting(DecisionView::id).containsExactly(correctionId);

        String correctionPage = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(user(office)))
                .andReturn().getResponse().getContentAsString());
        assertThat(correctionPage).contains("id=\"corrects\"", old.number(), "Đính chính tên đơn vị công tác")
                .doesNotContain("publish-form");
        String oldPage = HtmlUtils.htmlUnescape(mvc.perform(get("/decisions/issued/{id}", old.id()).with(user(office)))
                .andReturn().getResponse().getContentAsString());
        assertThat(oldPage).contains("id=\"corrections\"", correction.number(), "publish-form");

        // the old decision and its awards are as they were
        assertThat(decisions.grantOf(chain.dossier(chain.firstIndividual).getId()).orElseThrow().number())
                .isEqualTo(old.number());
        assertThatThrownBy(() -> decisions.publish(correctionId, office.actor()))
                .hasMessageContaining("error.correction.notPublished");
    }

    @Test
    void onlyTheOfficeCorrectsAndNotBeforeTheCorrectedDate() throws Exception {
        DecidedChain chain = decided();
        long id = chain.decision.id();
        assertThat(mvc.perform(post("/decisions/issued/{id}/correct", id).with(user(fixtures.user("snv"))).with(csrf())
                        .param("issuedOn", "2021-12-10").param("signerAccountId", "1").param("reason", "Y"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/decisions/issued/{id}/correct", id).with(user(fixtures.user(DecidedChain.CLERK))).with(csrf())
                        .param("issuedOn", "2021-12-10").param("signerAccountId", "1").param("reason", "Y"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String early = HtmlUtils.htmlUnescape(mvc.perform(post("/decisions/issued/{id}/correct", id)
                        .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())
                        .param("issuedOn", "2021-11-01").param("signerAccountId", "1").param("reason", "Y"))
                .andReturn().getResponse().getContentAsString());
        assertThat(early).contains("Ngày quyết định đính chính không thể trước ngày của quyết định được đính chính.");
        assertThat(decisions.correctionsOf(id)).isEmpty();
    }
}
