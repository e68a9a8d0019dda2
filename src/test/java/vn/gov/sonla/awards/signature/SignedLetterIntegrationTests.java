package vn.gov.sonla.awards.signature;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.decision.internal.DecisionDocuments;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.signature.internal.TrustAnchors;
import vn.gov.sonla.awards.support.TestCa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chairman's letter proposing state-level awards has a signed original like the decision: the signed letter's PDF
 * signed by the test CA is accepted; the draft the chairman read (no number, no identifier) is another document.
 */
@IntegrationTest
class SignedLetterIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired DecisionDocuments documents;
    @Autowired SignedOriginals originals;
    @Autowired TrustAnchors anchors;

    Actor office;
    long submissionId;
    byte[] draftLetter;

    @BeforeEach
    void aSignedLetterAndTheTestCaInstalled() {
        Actor admin = fixtures.actor("admin");
        anchors.install(TestCa.get().root.pem().getBytes(), admin);
        anchors.install(TestCa.get().intermediate.der(), admin);
        office = fixtures.actor(DecidedChain.OFFICE);
        Actor health = fixtures.actor("syt");
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "LABOUR_ORDER", "Vì Văn Thư Ký " + System.nanoTime());
        departmentSteps.accept(d.getId(), d.getVersion(), health);
        SubmissionView sent = submissions.compileAndSign(List.of(d.getId()), health, fixtures.leaderOf(health));
        appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, fixtures.actor("snv"));
        appraisals.forward(sent.id(), fixtures.actor("snv"), fixtures.leaderOf(fixtures.actor("snv")));
        approvals.approve(d.getId(), fixtures.reload(d, DecidedChain.OFFICE).getVersion(), null, office);
        submissionId = sent.id();
        SubmissionView presented = decisions.present(submissionId, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                fixtures.actor("ct.ubnd").id(), office);
        draftLetter = documents.letterPdf(submissionId, office);
        decisions.sign(submissionId, presented.decisionSignOff().revision(), fixtures.actor("ct.ubnd"));
    }

    @Test
    void theSignedLetterIsAcceptedAndItsDraftIsAnotherDocument() {
        SignedOriginal refused = originals.upload(DocumentKind.LETTER, submissionId, "du-thao.pdf",
                TestCa.sign(draftLetter, TestCa.get().signer), office);
        assertThat(refused.refusal()).isEqualTo(Refusal.OTHER_DOCUMENT);

        byte[] signed = TestCa.sign(documents.letterPdf(submissionId, office), TestCa.get().signer);
        SignedOriginal accepted = originals.upload(DocumentKind.LETTER, submissionId, "to-trinh-da-ky.pdf", signed, office);

        assertThat(accepted.refusal()).isNull();
        assertThat(accepted.accepted()).isTrue();
        assertThat(originals.current(DocumentKind.LETTER, submissionId)).get().extracting(SignedOriginal::id)
                .isEqualTo(accepted.id());
        assertThat(originals.history(DocumentKind.LETTER, submissionId)).hasSize(2);
        assertThatThrownBy(() -> originals.upload(DocumentKind.LETTER, submissionId, "x.pdf", signed, fixtures.actor("snv")))
                .as("Home Affairs does not even find the chairman's letter").isInstanceOf(RuntimeException.class);
    }
}
