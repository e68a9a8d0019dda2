package vn.gov.sonla.awards.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.AtOnce;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The chairman's office's irreversible steps, each sent several times at once (a double-click, an impatient user):
 * approving, issuing the decision, correcting it, publishing it and recording the central outcome each happen once;
 * the other requests see the result or a 409 page, never a 5xx.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DecidedOnceIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired Corrections corrections;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aStateLevelAwardApprovedFourTimesAtOnceIsApprovedOnceAndTakesNoNumberBeforeTheSignature() throws Exception {
        Dossier dossier = atChairman("LABOUR_ORDER", "Mùa A Duyệt " + System.nanoTime());
        String version = version(dossier.getId());
        int year = LocalDate.now(clock).getYear();
        int before = fixtures.lastNumber(Approvals.PROPOSAL_SERIES, year);

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/decisions/dossiers/{id}/approve", dossier.getId())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()).param("version", version));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsOnly(302);
        assertThat(answers).extracting(AtOnce::notice).containsOnlyOnce("notice.dossier.approved")
                .containsOnly("notice.dossier.approved", "notice.dossier.alreadyApproved");
        assertThat(fixtures.lastNumber(Approvals.PROPOSAL_SERIES, year)).as("no letter number yet").isEqualTo(before);
        assertThat(fixtures.events(dossier.getId(), "APPROVE")).isEqualTo(1);
        assertThat(approvals.proposalOf(dossier.getId())).isEmpty();
    }

    @Test
    void aDecisionSignedTenTimesAtOnceByTheChairmanAndTheViceChairmanIsSignedOnceUnderOneNumber() throws Exception {
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
        int revision = decisions.present(chain.submission.id(), LocalDate.of(2021, 12, 3),
                fixtures.actor("ct.ubnd").id(), office).decisionSignOff().revision();
        int before = fixtures.lastNumber(Decisions.SERIES, 2021);
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

        List<MvcResult> answers = AtOnce.results(mvc, 10, () -> post("/signing/decisions/{id}/sign", chain.submission.id())
                .with(user(fixtures.user(turn.getAndIncrement() % 2 == 0 ? "ct.ubnd" : "pct.ubnd"))).with(csrf())
                .param("revision", Integer.toString(revision)));

        assertThat(decisions.ofSubmission(chain.submission.id())).hasSize(1);
        assertThat(fixtures.lastNumber(Decisions.SERIES, 2021)).as("one decision number taken").isEqualTo(before + 1);
        DecisionView issued = decisions.ofSubmission(chain.submission.id()).get(0);
        assertThat(issued.signerName()).isIn("Hoàng Quốc Khánh", "Đặng Ngọc Hậu");
        assertThat(decisions.certificates(issued)).hasSize(3);
        for (Dossier d : chain.filed) {
            assertThat(fixtures.events(d.getId(), "GRANT")).isEqualTo(d.getNomineeName().equals(chain.notEndorsed) ? 0 : 1);
        }
        assertThat(answers).as("every answer names the one decision").allSatisfy(answer -> {
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/signing");
            assertThat(answer.getFlashMap().get("noticeArg")).isEqualTo(issued.number());
        });
        assertThat(answers).extracting(AtOnce::notice).containsOnlyOnce("notice.decision.signed")
                .containsOnly("notice.decision.signed", "notice.decision.alreadyIssued");
    }

    @Test
    void aCorrectionSentFourTimesAtOnceIsPresentedOnceAndSignedOnceUnderOneNumber() throws Exception {
        DecidedChain chain = chain().decided();
        int before = fixtures.lastNumber(Decisions.SERIES, 2021);
        String form = UUID.randomUUID().toString(); // the key the correction form was shown with

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/decisions/issued/{id}/correct", chain.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()).param("requestKey", form)
                .param("issuedOn", "2021-12-10").param("signerAccountId", Long.toString(fixtures.actor("ct.ubnd").id()))
                .param("reason", "Đính chính chức vụ của bà " + chain.firstIndividual));

        assertThat(answers).as("every answer shows the corrected decision").allSatisfy(answer ->
                assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/decisions/issued/" + chain.decision.id()));
        assertThat(corrections.unsignedOf(chain.decision.id())).as("one request").hasSize(1);
        assertThat(fixtures.lastNumber(Decisions.SERIES, 2021)).as("no number before the signature").isEqualTo(before);
        long request = corrections.unsignedOf(chain.decision.id()).get(0).id();

        // the chairman and the vice-chairman sign it at once: one correction, one number
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<MvcResult> signatures = AtOnce.results(mvc, 4, () -> post("/signing/corrections/{id}/sign", request)
                .with(user(fixtures.user(turn.getAndIncrement() % 2 == 0 ? "ct.ubnd" : "pct.ubnd"))).with(csrf()));
        assertThat(decisions.correctionsOf(chain.decision.id())).hasSize(1);
        assertThat(fixtures.lastNumber(Decisions.SERIES, 2021)).as("one correction number taken").isEqualTo(before + 1);
        DecisionView correction = decisions.correctionsOf(chain.decision.id()).get(0);
        assertThat(signatures).extracting(AtOnce::notice).containsOnlyOnce("notice.decision.corrected")
                .containsOnly("notice.decision.corrected", "notice.decision.alreadyIssued");
        assertThat(signatures).allSatisfy(answer -> assertThat(answer.getFlashMap().get("noticeArg"))
                .isEqualTo(correction.number()));

        // sent again later (the back button), the same form is still that request: nothing new to sign
        mvc.perform(post("/decisions/issued/{id}/correct", chain.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()).param("requestKey", form)
                .param("issuedOn", "2021-12-10").param("signerAccountId", Long.toString(fixtures.actor("ct.ubnd").id()))
                .param("reason", "Đính chính chức vụ của bà " + chain.firstIndividual)).andReturn();
        assertThat(corrections.unsignedOf(chain.decision.id())).isEmpty();
        assertThat(decisions.correctionsOf(chain.decision.id())).hasSize(1);
    }

    @Test
    void aDecisionPublishedFourTimesAtOnceIsPublishedOnce() throws Exception {
        DecidedChain chain = chain().decided();

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/decisions/issued/{id}/publish", chain.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsOnly(302);
        assertThat(answers).extracting(AtOnce::notice).containsOnlyOnce("notice.decision.published");
        assertThat(answers).extracting(answer -> answer.getFlashMap().get("failure"))
                .containsOnly(null, "error.decision.alreadyPublished");
        assertThat(jdbc.sql("select count(*) from decision_publication where decision_id = ?")
                .param(chain.decision.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCentralAwardRecordedFourTimesAtOnceIsRecordedOnce() throws Exception {
        Dossier dossier = atChairman("LABOUR_ORDER", "Hà Văn Trung Ương " + System.nanoTime());
        approvals.approve(dossier.getId(), dossiers.get(dossier.getId(), fixtures.actor(DecidedChain.OFFICE)).getVersion(),
                null, fixtures.actor(DecidedChain.OFFICE));
        decisions.issue(fixtures.reload(dossier, DecidedChain.OFFICE).getSubmissionId(), LocalDate.now(clock), fixtures.actor(DecidedChain.OFFICE), fixtures.actor("ct.ubnd"));
        String version = version(dossier.getId());

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/decisions/dossiers/{id}/central-award", dossier.getId())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()).param("version", version)
                .param("centralDecisionNumber", "125/QĐ-CTN").param("centralDecisionDate", "2022-01-20"));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsOnly(302);
        assertThat(answers).extracting(AtOnce::notice).containsOnlyOnce("notice.central.awarded")
                .containsOnly("notice.central.awarded", "notice.central.alreadyRecorded");
        assertThat(fixtures.events(dossier.getId(), "RECORD_CENTRAL_AWARD")).isEqualTo(1);
        assertThat(dossiers.get(dossier.getId(), fixtures.actor(DecidedChain.OFFICE)).getStatus())
                .isEqualTo(DossierStatus.CENTRAL_AWARDED);
    }

    private DecidedChain chain() {
        return chains.start();
    }

    /** A dossier of that award form forwarded to the chairman's office, alone in its submission. */
    private Dossier atChairman(String awardForm, String name) {
        Actor health = fixtures.actor("syt");
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", awardForm, name);
        departmentSteps.accept(d.getId(), d.getVersion(), health);
        SubmissionView s = submissions.compileAndSign(List.of(d.getId()), health, fixtures.leaderOf(health));
        appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, fixtures.actor("snv"));
        appraisals.forward(s.id(), fixtures.actor("snv"), fixtures.leaderOf(fixtures.actor("snv")));
        return d;
    }

    private String version(long id) {
        return Long.toString(dossiers.get(id, fixtures.actor(DecidedChain.OFFICE)).getVersion());
    }
}
