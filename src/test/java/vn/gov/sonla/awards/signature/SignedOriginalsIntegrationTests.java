package vn.gov.sonla.awards.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.decision.internal.DecisionDocuments;
import vn.gov.sonla.awards.signature.internal.TrustAnchors;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.TestCa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chairman's office uploads the decision it signed: the system's own decision PDF signed by a test CA's signer
 * is accepted with its signer, time and trust path; a changed byte, a change appended after signing, an untrusted
 * issuer, an expired certificate and another decision's signed PDF are refused, each in the history, replacing nothing.
 */
@IntegrationTest
class SignedOriginalsIntegrationTests {

    @Autowired Fixtures fixtures;

    @Autowired DecidedChains chains;
    @Autowired DecisionDocuments documents;
    @Autowired SignedOriginals originals;
    @Autowired TrustAnchors anchors;

    Actor office;
    long decisionId;
    byte[] decisionPdf;

    @BeforeEach
    void aDecisionAndTheTestCaInstalled() {
        Actor admin = fixtures.actor("admin");
        anchors.install(TestCa.get().root.pem().getBytes(), admin);
        anchors.install(TestCa.get().intermediate.der(), admin);
        office = fixtures.actor(DecidedChain.OFFICE);
        decisionId = chain().decided().decision.id();
        decisionPdf = documents.decisionPdf(decisionId, office);
    }

    @Test
    void theSignedDecisionIsAcceptedWithItsSignerTimeAndTrustPath() {
        byte[] signed = TestCa.sign(decisionPdf, TestCa.get().signer);
        SignedOriginal result = upload(signed);

        assertThat(result.refusal()).isNull();
        assertThat(result.accepted()).isTrue();
        assertThat(result.signerName()).isEqualTo("Văn phòng UBND tỉnh Sơn La");
        assertThat(result.timeSource()).isEqualTo(TimeSource.CLAIMED);
        assertThat(result.trustPath()).containsExactly("Văn phòng UBND tỉnh Sơn La", "Ban Cơ yếu Thử nghiệm Sub CA",
                "Ban Cơ yếu Thử nghiệm Root CA");
        assertThat(originals.current(DocumentKind.DECISION, decisionId)).get().extracting(SignedOriginal::id).isEqualTo(result.id());
        assertThat(originals.download(DocumentKind.DECISION, decisionId, office).content()).isEqualTo(signed);
        assertThat(result.sha256()).hasSize(64);
    }

    @Test
    void aSignatureTimestampIsKeptAsVerifiedOrAsNotVerified() {
        Instant stampedAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);

        SignedOriginal verified = upload(TestCa.sign(decisionPdf, TestCa.get().signer, TestCa.get().tsa, stampedAt));
        SignedOriginal unverified = upload(TestCa.sign(decisionPdf, TestCa.get().signer, TestCa.untrusted().tsa, stampedAt));

        assertThat(verified.timeSource()).isEqualTo(TimeSource.TIMESTAMP);
        assertThat(verified.signedAt()).isEqualTo(stampedAt);
        assertThat(unverified.accepted()).isTrue();
        assertThat(unverified.timeSource()).isEqualTo(TimeSource.TIMESTAMP_UNVERIFIED);
        assertThat(unverified.signedAt()).isAfter(stampedAt);
    }

    @Test
    void oneChangedByteIsADigestMismatchAndReplacesNothing() {
        byte[] signed = TestCa.sign(decisionPdf, TestCa.get().signer);
        SignedOriginal accepted = upload(signed);
        byte[] changed = Arrays.copyOf(signed, signed.length);
        // the binary comment on the file's second line: the PDF still opens, but the signed bytes differ
        changed[11] ^= 0x01;

        SignedOriginal refused = upload(changed);

        assertThat(refused.refusal()).isEqualTo(Refusal.DIGEST_MISMATCH);
        assertThat(originals.current(DocumentKind.DECISION, decisionId)).get().extracting(SignedOriginal::id).isEqualTo(accepted.id());
        assertThat(originals.history(DocumentKind.DECISION, decisionId)).extracting(SignedOriginal::id)
                .containsExactly(refused.id(), accepted.id());
    }

    @Test
    void anIncrementalUpdateThatChangesTheTextAfterSigningIsRefused() throws IOException {
        byte[] signed = TestCa.sign(decisionPdf, TestCa.get().signer);

        SignedOriginal result = upload(appendText(signed, "Điều 4. Tặng thêm tiền thưởng"));

        assertThat(result.refusal()).isEqualTo(Refusal.CHANGED_AFTER_SIGNING);
        assertThat(originals.current(DocumentKind.DECISION, decisionId)).isEmpty();
    }

    @Test
    void aSignerUnderAnUntrustedAuthorityIsRefused() {
        assertThat(upload(TestCa.sign(decisionPdf, TestCa.untrusted().signer)).refusal()).isEqualTo(Refusal.UNTRUSTED_ISSUER);
    }

    @Test
    void anExpiredSignerIsRefused() {
        assertThat(upload(TestCa.sign(decisionPdf, TestCa.get().expiredSigner)).refusal()).isEqualTo(Refusal.CERTIFICATE_EXPIRED);
    }

    @Test
    void theSignedPdfOfAnotherDecisionIsRefused() {
        long other = chain().decided().decision.id();
        byte[] otherSigned = TestCa.sign(documents.decisionPdf(other, office), TestCa.get().signer);

        assertThat(upload(otherSigned).refusal()).isEqualTo(Refusal.OTHER_DOCUMENT);
        assertThat(originals.current(DocumentKind.DECISION, decisionId)).isEmpty();
    }

    @Test
    void aFileThatIsNotAPdfOrNotSignedIsRefused() {
        assertThat(upload("not a pdf".getBytes()).refusal()).isEqualTo(Refusal.NOT_PDF);
        assertThat(upload(decisionPdf).refusal()).isEqualTo(Refusal.NO_SIGNATURE);
        assertThat(originals.history(DocumentKind.DECISION, decisionId)).hasSize(2).noneMatch(SignedOriginal::accepted);
    }

    @Test
    void onlyTheChairmansOfficeUploadsADecision() {
        assertThatThrownBy(() -> originals.upload(DocumentKind.DECISION, decisionId, "qd.pdf",
                TestCa.sign(decisionPdf, TestCa.get().signer), fixtures.actor(DecidedChain.HOME_AFFAIRS)))
                .isInstanceOf(ForbiddenException.class);
    }

    private SignedOriginal upload(byte[] bytes) {
        return originals.upload(DocumentKind.DECISION, decisionId, "quyet-dinh-da-ky.pdf", bytes, office);
    }

    private DecidedChain chain() {
        return chains.start();
    }

    /** An incremental update, as any PDF editor saves one, that adds a line of text to the first page. */
    static byte[] appendText(byte[] signed, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 72);
                content.showText(text.replaceAll("[^\\x20-\\x7E]", "?"));
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            byte[] updated = out.toByteArray();
            assertThat(Arrays.equals(updated, 0, signed.length, signed, 0, signed.length)).as("an appended update").isTrue();
            return updated;
        }
    }
}
