package vn.gov.sonla.awards.signing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
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
 * The chairman's decision: the office's specialist prepares and presents it, the chairman or a vice-chairman signs it
 * (the numbers taken then, the block from the account) or returns it, and may decline single rows before signing. The
 * four-eyes rule, a changed presentation and a specialist on a signing route are refused in the service.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ChairmanSigningIntegrationTests {

    static final LocalDate DECIDED_ON = LocalDate.of(2021, 12, 3);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired ChairmanSignOff signOff;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;
    @Autowired JdbcClient jdbc;

    private DecidedChain chain() {
        return chains.start();
    }

    private int lastNumber() {
        return fixtures.lastNumber("QĐ-UBND", DECIDED_ON.getYear());
    }

    private Actor office() {
        return fixtures.actor(DecidedChain.OFFICE);
    }

    @Test
    void theViceChairmanSignsThePresentedDecisionUnderTheNextNumberWithTheDeputysBlock() throws Exception {
        DecidedChain chain = chain().presented();
        long id = chain.submission.id();
        mvc.perform(get("/signing").with(user(fixtures.user("pct.ubnd"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/signing/decisions/" + id)));
        mvc.perform(get("/signing/decisions/{id}", id).with(user(fixtures.user("pct.ubnd"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(chain.firstIndividual)))
                .andExpect(content().string(containsString("/documents/submissions/" + id + "/decision-draft.pdf")))
                // what the signature will do, to how many dossiers, and that it cannot be undone
                .andExpect(content().string(containsString("Khi ký: 3 hồ sơ được khen thưởng")))
                .andExpect(content().string(containsString("1 hồ sơ không được phê duyệt")))
                .andExpect(content().string(containsString("không thể hoàn tác")));
        // the draft the leader reads: no number, not signed, the awards it grants
        String draft = pdfText(mvc.perform(get("/documents/submissions/{id}/decision-draft.pdf", id)
                .with(user(fixtures.user("pct.ubnd")))).andReturn().getResponse().getContentAsByteArray());
        assertThat(draft).contains("(Dự thảo — chưa ký)", chain.firstIndividual).doesNotContain(chain.notEndorsed)
                .doesNotContainPattern("\\d+/QĐ-UBND");
        int before = lastNumber();

        Decisions.Signed signed = decisions.sign(id, chain.submission.decisionSignOff().revision(), fixtures.actor("pct.ubnd"));

        DecisionView decision = signed.decision().orElseThrow();
        assertThat(decision.number()).isEqualTo((before + 1) + "/QĐ-UBND");
        assertThat(decision.issuedOn()).isEqualTo(DECIDED_ON);
        assertThat(decision.signerName()).isEqualTo("Đặng Ngọc Hậu");
        assertThat(decision.signerAuthorityLines()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(signed.letterNumber()).isEmpty();
        SubmissionView closed = submissions.get(id, office());
        assertThat(closed.status()).isEqualTo(SubmissionStatus.CLOSED);
        assertThat(closed.decisionSignOff().signedBy()).isEqualTo("Đặng Ngọc Hậu");
        assertThat(closed.decisionSignOff().presentedBy()).isEqualTo("Cầm Thị Thu");
        assertThat(dossiers.get(chain.dossier(chain.firstIndividual).getId(), office()).getStatus())
                .isEqualTo(DossierStatus.GRANTED);
        // the issued decision and the certificate carry the block and the name of the account that signed
        String issued = pdfText(mvc.perform(get("/documents/decisions/{id}/decision.pdf", decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn().getResponse().getContentAsByteArray());
        assertThat(issued).contains(decision.number(), "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Ngọc Hậu");
        String certificate = pdfText(mvc.perform(get("/documents/dossiers/{id}/certificate.pdf",
                chain.dossier(chain.firstIndividual).getId()).with(user(fixtures.user(DecidedChain.CLERK))))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(certificate).contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Ngọc Hậu");
        // the office's page shows who prepared and who signed
        mvc.perform(get("/decisions/submissions/{id}", id).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(content().string(containsString("Đặng Ngọc Hậu (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) ký ban hành")));
        mvc.perform(get("/signing").with(user(fixtures.user("ct.ubnd"))))
                .andExpect(content().string(not(containsString("/signing/decisions/" + id))));
        // the waits for each signature are stages of the reports' durations
        String report = mvc.perform(get("/reports").with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(report.substring(report.indexOf("id=\"stage-times\""))).contains("Chờ lãnh đạo Sở ký tờ trình",
                "Chờ lãnh đạo Sở Nội vụ ký tờ trình thẩm định", "Chờ lãnh đạo UBND tỉnh ký quyết định");
    }

    @Test
    void whoeverPreparedTheDecisionNeverSignsItEvenAsALeader() {
        String username = "pct.four.eyes" + System.nanoTime() % 1_000_000;
        accounts.createLeader(username, "sonla2021", "Lò Văn Tự Ký", Role.CHAIRMAN_OFFICE,
                units.findByCode("VPUBND").orElseThrow(), LeaderPosition.DEPUTY, "Phó Chủ tịch");
        Actor preparer = fixtures.actor(username);
        DecidedChain chain = chain().forwarded();
        for (var d : chain.filed) {
            approvals.approve(d.getId(), fixtures.reload(d, DecidedChain.OFFICE).getVersion(), null, preparer);
        }
        // naming oneself as the signer is refused when presenting
        assertThatThrownBy(() -> decisions.present(chain.submission.id(), DECIDED_ON, preparer.id(), preparer))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.signing.fourEyes");
        SubmissionView presented = decisions.present(chain.submission.id(), DECIDED_ON, fixtures.actor("ct.ubnd").id(), preparer);
        int before = lastNumber();

        assertThatThrownBy(() -> decisions.sign(chain.submission.id(), presented.decisionSignOff().revision(), preparer))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.signing.fourEyes");
        assertThat(lastNumber()).as("a refused signature takes no number").isEqualTo(before);
        assertThat(submissions.get(chain.submission.id(), office()).status())
                .isEqualTo(SubmissionStatus.DECISION_AWAITING_SIGNATURE);

        decisions.sign(chain.submission.id(), presented.decisionSignOff().revision(), fixtures.actor("ct.ubnd"));
        assertThat(lastNumber()).isEqualTo(before + 1);
    }

    @Test
    void aSpecialistPostingToTheSigningRoutesIsRefusedAndNothingChanges() throws Exception {
        DecidedChain chain = chain().presented();
        long id = chain.submission.id();
        int before = lastNumber();
        mvc.perform(get("/signing/decisions/{id}", id).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/signing/decisions/{id}/sign", id).param("revision", "1")
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/signing/decisions/{id}/sign", id).param("revision", "1")
                .with(user(fixtures.user("gd.snv"))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/signing/decisions/{id}/dossiers/{d}/decline", id, chain.dossier(chain.firstIndividual).getId())
                        .param("version", "1").param("reason", "x")
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())).andExpect(status().isForbidden());
        assertThatThrownBy(() -> decisions.sign(id, 1, office())).isInstanceOf(ForbiddenException.class);
        // while presented, the specialist cannot change a row: recall first
        assertThatThrownBy(() -> approvals.decline(chain.dossier(chain.firstIndividual).getId(),
                fixtures.reload(chain.dossier(chain.firstIndividual), DecidedChain.OFFICE).getVersion(), "x", office()))
                .isInstanceOf(ConflictException.class).hasMessage("error.signing.answerAwaitingSignature");
        // and the dossier's page says so instead of offering forms that would be refused
        String page = mvc.perform(get("/dossiers/{id}", chain.dossier(chain.firstIndividual).getId())
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"answer-locked\"").doesNotContain("id=\"action-decline\"")
                .doesNotContain("id=\"action-approve\"");
        // the leader who signs may still decline a row before signing
        String leaders = mvc.perform(get("/dossiers/{id}", chain.dossier(chain.firstIndividual).getId())
                        .with(user(fixtures.user(DecidedChain.CHAIRMAN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(leaders).contains("id=\"action-decline\"").doesNotContain("id=\"answer-locked\"");
        assertThat(lastNumber()).isEqualTo(before);
        assertThat(submissions.get(id, office()).status()).isEqualTo(SubmissionStatus.DECISION_AWAITING_SIGNATURE);
    }

    @Test
    void aDecisionPresentedAgainAfterTheLeaderReadItIsAConflictNotTheOldContent() throws Exception {
        DecidedChain chain = chain().presented();
        long id = chain.submission.id();
        int read = chain.submission.decisionSignOff().revision();
        // the office recalls it, declines a row it had approved, and presents it again
        signOff.recall(id, office());
        var changed = chain.dossier(chain.secondIndividual);
        approvals.decline(changed.getId(), fixtures.reload(changed, DecidedChain.OFFICE).getVersion(), "Trùng khen thưởng", office());
        decisions.present(id, DECIDED_ON, fixtures.actor("ct.ubnd").id(), office());
        int before = lastNumber();

        assertThatThrownBy(() -> decisions.sign(id, read, fixtures.actor("ct.ubnd")))
                .isInstanceOf(ConflictException.class).hasMessage("error.signing.changed");
        mvc.perform(post("/signing/decisions/{id}/sign", id).param("revision", "" + read)
                        .with(user(fixtures.user("ct.ubnd"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Văn bản đã được chuyên viên rút lại hoặc trình lại")));
        assertThat(lastNumber()).isEqualTo(before);
        assertThat(decisions.ofSubmission(id)).isEmpty();
    }

    @Test
    void theSignerDeclinesARowBeforeSigningAndItIsLeftOutOfTheDecision() throws Exception {
        DecidedChain chain = chain().presented();
        long id = chain.submission.id();
        var left = chain.dossier(chain.collective);
        mvc.perform(post("/signing/decisions/{id}/dossiers/{d}/decline", id, left.getId())
                        .param("version", "" + fixtures.reload(left, DecidedChain.OFFICE).getVersion()).param("reason", " ")
                        .with(user(fixtures.user("ct.ubnd"))).with(csrf()))
                .andExpect(status().isFound());
        assertThat(dossiers.get(left.getId(), office()).getStatus()).as("no reason, no decline").isEqualTo(DossierStatus.APPROVED);
        mvc.perform(post("/signing/decisions/{id}/dossiers/{d}/decline", id, left.getId())
                        .param("version", "" + fixtures.reload(left, DecidedChain.OFFICE).getVersion())
                        .param("reason", "Tập thể đã được khen thưởng cùng thành tích năm 2021.")
                        .with(user(fixtures.user("ct.ubnd"))).with(csrf()))
                .andExpect(status().isFound());
        assertThat(dossiers.get(left.getId(), office()).getStatus()).isEqualTo(DossierStatus.DECLINED);
        assertThat(dossiers.get(left.getId(), office()).getHistory()).last()
                .satisfies(step -> assertThat(step.getActorUsername()).isEqualTo("ct.ubnd"));

        // the signer's own change is not a new presentation: the revision read still signs
        DecisionView decision = decisions.sign(id, chain.submission.decisionSignOff().revision(), fixtures.actor("ct.ubnd"))
                .decision().orElseThrow();
        assertThat(decisions.granted(decision, office())).extracting(d -> d.nomineeName())
                .containsExactlyInAnyOrder(chain.firstIndividual, chain.secondIndividual);
        assertThat(decision.signerAuthorityLines()).containsExactly("CHỦ TỊCH");
    }

    @Test
    void theChairmanReturnsTheDecisionToTheOfficeWithANote() throws Exception {
        DecidedChain chain = chain().presented();
        long id = chain.submission.id();
        mvc.perform(post("/signing/decisions/{id}/return", id).param("version", "" + chain.submission.decisionSignOff().revision())
                        .param("reason", "Rà soát lại thành tích của tập thể trước khi trình.")
                        .with(user(fixtures.user("ct.ubnd"))).with(csrf()))
                .andExpect(status().isFound());
        SubmissionView returned = submissions.get(id, office());
        assertThat(returned.status()).isEqualTo(SubmissionStatus.AT_CHAIRMAN);
        assertThat(returned.decisionSignOff().returnNote()).isEqualTo("Rà soát lại thành tích của tập thể trước khi trình.");
        mvc.perform(get("/decisions/submissions/{id}", id).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(content().string(containsString("Rà soát lại thành tích của tập thể trước khi trình.")))
                .andExpect(content().string(containsString("id=\"present-decision\"")));
        assertThat(decisions.ofSubmission(id)).isEmpty();
    }

    @Test
    void theSignedLetterProposesTheStateAwardsUnderItsNumberWithTheSignersBlock() throws Exception {
        Actor health = fixtures.actor("syt");
        String name = "Mùa A Thư " + System.nanoTime();
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "LABOUR_ORDER", name);
        departmentSteps.accept(d.getId(), d.getVersion(), health);
        SubmissionView sent = submissions.compileAndSign(List.of(d.getId()), health, fixtures.leaderOf(health));
        appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, fixtures.actor("snv"));
        appraisals.forward(sent.id(), fixtures.actor("snv"), fixtures.leaderOf(fixtures.actor("snv")));
        approvals.approve(d.getId(), fixtures.reload(d, DecidedChain.OFFICE).getVersion(), null, office());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        SubmissionView presented = decisions.present(sent.id(), today, fixtures.actor("ct.ubnd").id(), office());
        int before = fixtures.lastNumber(Approvals.PROPOSAL_SERIES, today.getYear());

        String draft = pdfText(mvc.perform(get("/documents/submissions/{id}/letter.pdf", sent.id())
                .with(user(fixtures.user("ct.ubnd")))).andReturn().getResponse().getContentAsByteArray());
        assertThat(draft).contains(name, "Thủ tướng Chính phủ", "(Dự thảo — chưa ký)").doesNotContainPattern("\\d+/TTr-UBND");
        mvc.perform(get("/signing/decisions/{id}", sent.id()).with(user(fixtures.user("ct.ubnd"))))
                .andExpect(content().string(containsString("id=\"letter-pdf\"")))
                .andExpect(content().string(not(containsString("id=\"document-pdf\""))));

        Decisions.Signed signed = decisions.sign(sent.id(), presented.decisionSignOff().revision(), fixtures.actor("ct.ubnd"));

        String letter = (before + 1) + "/" + Approvals.PROPOSAL_SERIES;
        assertThat(signed.decision()).isEmpty();
        assertThat(signed.letterNumber()).contains(letter);
        assertThat(dossiers.get(d.getId(), office()).getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
        assertThat(submissions.get(sent.id(), office()).proposalLetterNumber()).isEqualTo(letter);
        String issued = pdfText(mvc.perform(get("/documents/submissions/{id}/letter.pdf", sent.id())
                .with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn().getResponse().getContentAsByteArray());
        assertThat(issued).contains(letter, name, "CHỦ TỊCH", "Hoàng Quốc Khánh").doesNotContain("Dự thảo");
    }

    @Test
    void theLeadersAreToldWhatWaitsForThemAndTheSpecialistWhatCameBack() throws Exception {
        DecidedChain chain = chain().presented();
        long id = chain.submission.id();
        assertThat(notices("ct.ubnd", "PRESENTED_FOR_SIGNATURE", id)).isEqualTo(1);
        assertThat(notices("pct.ubnd", "PRESENTED_FOR_SIGNATURE", id)).isEqualTo(1);
        assertThat(notices(DecidedChain.OFFICE, "PRESENTED_FOR_SIGNATURE", id)).as("not the specialist").isZero();

        signOff.returnToSpecialist(id, chain.submission.decisionSignOff().revision(), "Bổ sung ý kiến của Ban Thi đua.",
                fixtures.actor("pct.ubnd"));
        assertThat(notices(DecidedChain.OFFICE, "RETURNED_BY_LEADER", id)).isEqualTo(1);
        assertThat(notices("ct.ubnd", "RETURNED_BY_LEADER", id)).isZero();
        mvc.perform(get("/inbox").with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(content().string(containsString("Lãnh đạo trả lại văn bản anh/chị trình")));
    }

    private int notices(String username, String kind, long submissionId) {
        return jdbc.sql("""
                select count(*) from notice n join user_account u on u.id = n.recipient_id
                 where u.username = ? and n.kind = ? and n.submission_id = ?""")
                .params(username, kind, submissionId).query(Integer.class).single();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap their text: one space for every run of blanks and line breaks
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
