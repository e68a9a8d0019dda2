package vn.gov.sonla.awards.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The chairman's office types the dates of official records: a decision, its correction, the central level's
 * decision. A date before the campaign began (plan 215 of 16/09/2021) or after today is refused next to its field,
 * with what was typed kept, and no number is taken.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DocumentDatesIntegrationTests {

    private static final String PLAN_215 = "16/09/2021";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aDecisionDatedBeforeTheCampaignOrInTheFutureIsRefusedNextToTheFieldAndTakesNoNumber() throws Exception {
        DecidedChain chain = approvedChain();
        long submission = chain.submission.id();
        long viceChairman = fixtures.actor("pct.ubnd").id();
        int before = lastNumber(2021);
        int thisYear = lastNumber(LocalDate.now(clock).plusDays(1).getYear());

        for (String typed : List.of("1999-01-01", "2021-09-15", "2999-12-31", LocalDate.now(clock).plusDays(1).toString())) {
            String page = HtmlUtils.htmlUnescape(mvc.perform(post("/decisions/submissions/{id}/present", submission)
                            .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())
                            .param("issuedOn", typed).param("signerAccountId", Long.toString(viceChairman)))
                    .andReturn().getResponse().getContentAsString());
            assertThat(page).as(typed)
                    .contains("<p class=\"error-message\" id=\"issuedOn-error\">" + range() + "</p>")
                    .contains("value=\"" + typed + "\"", "<option value=\"" + viceChairman + "\" selected=\"selected\">");
            assertThat(submissions.get(submission, fixtures.actor(DecidedChain.OFFICE)).status()).as(typed)
                    .isEqualTo(vn.gov.sonla.awards.review.SubmissionStatus.AT_CHAIRMAN);
            assertThat(decisions.ofSubmission(submission)).as(typed).isEmpty();
        }
        assertThat(lastNumber(1999)).as("no series opened for 1999").isZero();
        assertThat(lastNumber(2999)).as("no series opened for 2999").isZero();
        assertThat(lastNumber(LocalDate.now(clock).plusDays(1).getYear())).as("no number taken tomorrow").isEqualTo(thisYear);
        assertThat(lastNumber(2021)).as("no number taken").isEqualTo(before);

        // the service refuses too, before the number
        assertThatThrownBy(() -> decisions.issue(submission, LocalDate.of(1999, 1, 1), fixtures.actor(DecidedChain.OFFICE), fixtures.actor("ct.ubnd"))).isInstanceOf(ConflictException.class)
                .hasMessage("error.documentDate.range");
        assertThat(lastNumber(1999)).isZero();

        // the first day of the campaign is within
        MvcResult presented = mvc.perform(post("/decisions/submissions/{id}/present", submission)
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())
                .param("issuedOn", "2021-09-16").param("signerAccountId", Long.toString(viceChairman))).andReturn();
        assertThat(presented.getFlashMap().get("notice")).isEqualTo("notice.decision.presented");
        assertThat(decisions.ofSubmission(submission)).isEmpty();
        decisions.sign(submission, submissions.get(submission, fixtures.actor(DecidedChain.OFFICE)).decisionSignOff().revision(),
                fixtures.actor("pct.ubnd"));
        assertThat(decisions.ofSubmission(submission)).extracting(DecisionView::number)
                .containsExactly((before + 1) + "/QĐ-UBND");
    }

    @Test
    void aCorrectionDatedInTheFutureIsRefusedNextToTheFieldAndTakesNoNumber() throws Exception {
        DecidedChain chain = chain().decided();
        int before = lastNumber(2021);

        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/decisions/issued/{id}/correct", chain.decision.id())
                        .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())
                        .param("issuedOn", "2999-12-31").param("signerAccountId", Long.toString(fixtures.actor("ct.ubnd").id()))
                        .param("reason", "Đính chính năm sinh"))
                .andReturn().getResponse().getContentAsString());

        String from = chain.decision.issuedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page).contains("<p class=\"error-message\" id=\"issuedOn-error\">" + range(from) + "</p>")
                .contains("value=\"2999-12-31\"", "Đính chính năm sinh");
        assertThat(decisions.correctionsOf(chain.decision.id())).isEmpty();
        assertThat(lastNumber(2999)).isZero();
        assertThat(lastNumber(2021)).isEqualTo(before);
    }

    @Test
    void aCentralDecisionDatedOutsideTheCampaignIsRefusedWithTheDateKept() throws Exception {
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        Dossier dossier = proposedToCentral("Lò Văn Cấp Trên " + System.nanoTime());

        for (String typed : List.of("1999-01-01", "2999-12-31")) {
            MvcResult refused = mvc.perform(post("/decisions/dossiers/{id}/central-award", dossier.getId())
                    .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())
                    .param("version", Long.toString(dossiers.get(dossier.getId(), office).getVersion()))
                    .param("centralDecisionNumber", "125/QĐ-CTN").param("centralDecisionDate", typed)).andReturn();
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + dossier.getId() + "#action-central-award");
            assertThat(refused.getFlashMap().get("actionError")).isEqualTo(range());
            assertThat(refused.getFlashMap().get("typedCentralDate")).isEqualTo(LocalDate.parse(typed));
            assertThat(refused.getFlashMap().get("typed")).isEqualTo("125/QĐ-CTN");
            assertThat(dossiers.get(dossier.getId(), office).getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
        }
    }

    private String range() {
        return range(PLAN_215);
    }

    private String range(String from) {
        return "Ngày phải trong khoảng từ " + from + " đến "
                + LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".";
    }

    private DecidedChain chain() {
        return chains.start();
    }

    /** Forwarded, every dossier approved or declined: the decision is the next step. */
    private DecidedChain approvedChain() {
        DecidedChain chain = chain().forwarded();
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        for (Dossier d : chain.filed) {
            long v = fixtures.reload(d, DecidedChain.OFFICE).getVersion();
            if (d.getNomineeName().equals(chain.notEndorsed)) {
                approvals.decline(d.getId(), v, "Theo ý kiến thẩm định", office);
            } else {
                approvals.approve(d.getId(), v, null, office);
            }
        }
        return chain;
    }

    private Dossier proposedToCentral(String name) {
        Actor health = fixtures.actor("syt");
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "LABOUR_ORDER", name);
        departmentSteps.accept(d.getId(), d.getVersion(), health);
        SubmissionView s = submissions.compileAndSign(List.of(d.getId()), health, fixtures.leaderOf(health));
        appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, fixtures.actor("snv"));
        appraisals.forward(s.id(), fixtures.actor("snv"), fixtures.leaderOf(fixtures.actor("snv")));
        approvals.approve(d.getId(), fixtures.reload(d, DecidedChain.OFFICE).getVersion(), null, fixtures.actor(DecidedChain.OFFICE));
        decisions.issue(s.id(), LocalDate.now(clock), fixtures.actor(DecidedChain.OFFICE), fixtures.actor("ct.ubnd"));
        return d;
    }

    private int lastNumber(int year) {
        return jdbc.sql("select coalesce(max(last_number), 0) from document_counter where series = ? and year = ?")
                .params(Decisions.SERIES, year).query(Integer.class).single();
    }
}
