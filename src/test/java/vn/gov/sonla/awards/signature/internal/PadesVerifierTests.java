package vn.gov.sonla.awards.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.Refusal;
import vn.gov.sonla.awards.signature.SignedDocument;
import vn.gov.sonla.awards.signature.TimeSource;
import vn.gov.sonla.awards.support.TestCa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The verdict on a signed PDF, without the application: what the trust anchors decide. */
class PadesVerifierTests {

    static final SignedDocument REPORT = new SignedDocument(DocumentKind.APPRAISAL_REPORT, 41, "12/TTr-SNV",
            LocalDate.of(2021, 12, 3), "/appraisal/submissions/41");

    @Test
    void withNoTrustAnchorInstalledTheIssuerIsUnknown() throws IOException {
        byte[] signed = TestCa.sign(pdf(REPORT), TestCa.get().signer);

        PadesVerifier.Result result = PadesVerifier.verify(signed, REPORT, new PadesVerifier.Trust(List.of(), List.of()));

        assertThat(result.refusal()).isEqualTo(Refusal.UNTRUSTED_ISSUER);
        assertThat(result.signerName()).isEqualTo("Văn phòng UBND tỉnh Sơn La");
    }

    @Test
    void anInstalledIntermediateCompletesAPathTheSignatureDoesNotCarry() throws IOException {
        TestCa.Party signer = TestCa.get().signer;
        byte[] signed = TestCa.sign(pdf(REPORT), new TestCa.Party(signer.certificate(), signer.key(),
                List.of(signer.certificate())));
        PadesVerifier.Trust rootOnly = new PadesVerifier.Trust(List.of(TestCa.get().root.certificate()), List.of());
        PadesVerifier.Trust rootAndIntermediate = new PadesVerifier.Trust(List.of(TestCa.get().root.certificate()),
                List.of(TestCa.get().intermediate.certificate()));

        assertThat(PadesVerifier.verify(signed, REPORT, rootOnly).refusal()).isEqualTo(Refusal.UNTRUSTED_ISSUER);
        PadesVerifier.Result result = PadesVerifier.verify(signed, REPORT, rootAndIntermediate);
        assertThat(result.accepted()).isTrue();
        assertThat(result.trustPath()).hasSize(3);
    }

    @Test
    void aPdfOfTheSameNumberWithoutTheRecordsIdentifierIsAnotherDocument() throws IOException {
        SignedDocument other = new SignedDocument(DocumentKind.APPRAISAL_REPORT, 42, REPORT.number(), REPORT.issuedOn(), "/x");
        byte[] signed = TestCa.sign(pdf(other), TestCa.get().signer);

        assertThat(PadesVerifier.verify(signed, REPORT, new PadesVerifier.Trust(List.of(TestCa.get().root.certificate()),
                List.of())).refusal()).isEqualTo(Refusal.OTHER_DOCUMENT);
    }

    @Test
    void onlyATimestampFromATrustedAuthorityDatesTheSignatureOtherwiseTheClaimedTimeIsUsed() throws IOException {
        Instant stampedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

        PadesVerifier.Result trustedStamp = PadesVerifier.verify(
                TestCa.sign(pdf(REPORT), TestCa.get().signer, TestCa.get().tsa, stampedAt), REPORT, trusted());
        PadesVerifier.Result untrustedStamp = PadesVerifier.verify(
                TestCa.sign(pdf(REPORT), TestCa.get().signer, TestCa.untrusted().tsa, stampedAt), REPORT, trusted());

        assertThat(trustedStamp.accepted()).isTrue();
        assertThat(trustedStamp.timeSource()).isEqualTo(TimeSource.TIMESTAMP);
        assertThat(trustedStamp.signedAt()).isEqualTo(stampedAt);
        assertThat(untrustedStamp.accepted()).isTrue();
        assertThat(untrustedStamp.timeSource()).isEqualTo(TimeSource.TIMESTAMP_UNVERIFIED);
        assertThat(untrustedStamp.signedAt()).isCloseTo(Instant.now(), within(5, ChronoUnit.MINUTES));
    }

    @Test
    void aBackdatedTimestampFromAnUntrustedAuthorityCannotRevalidateAnExpiredSigner() throws IOException {
        // the expired signer's certificate was valid 20 days ago: only a believed timestamp may say it signed then
        Instant whileValid = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        TestCa.Party expired = TestCa.get().expiredSigner;

        PadesVerifier.Result trustedStamp = PadesVerifier.verify(
                TestCa.sign(pdf(REPORT), expired, TestCa.get().tsa, whileValid), REPORT, trusted());
        PadesVerifier.Result untrustedStamp = PadesVerifier.verify(
                TestCa.sign(pdf(REPORT), expired, TestCa.untrusted().tsa, whileValid), REPORT, trusted());

        assertThat(trustedStamp.accepted()).isTrue();
        assertThat(trustedStamp.signedAt()).isEqualTo(whileValid);
        assertThat(untrustedStamp.refusal()).isEqualTo(Refusal.CERTIFICATE_EXPIRED);
        assertThat(untrustedStamp.timeSource()).isEqualTo(TimeSource.TIMESTAMP_UNVERIFIED);
    }

    @Test
    void aTimestampWhoseOwnSignatureDoesNotHoldIsNotBelieved() throws IOException {
        TestCa.Party tsa = TestCa.get().tsa;
        // the token names the trusted authority's certificate but is signed with another key
        TestCa.Party forged = new TestCa.Party(tsa.certificate(), TestCa.untrusted().tsa.key(), tsa.chain());
        Instant stampedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

        PadesVerifier.Result result = PadesVerifier.verify(
                TestCa.sign(pdf(REPORT), TestCa.get().signer, forged, stampedAt), REPORT, trusted());

        assertThat(result.accepted()).isTrue();
        assertThat(result.timeSource()).isEqualTo(TimeSource.TIMESTAMP_UNVERIFIED);
        assertThat(result.signedAt()).isNotEqualTo(stampedAt);
    }

    private static PadesVerifier.Trust trusted() {
        return new PadesVerifier.Trust(List.of(TestCa.get().root.certificate()), List.of());
    }

    /** A one-page PDF as the system makes one for the record: its number and date in the text, its id in the metadata. */
    static byte[] pdf(SignedDocument document) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                content.newLineAtOffset(72, 700);
                content.showText("So: " + document.number() + " ngay 03/12/2021");
                content.endText();
            }
            pdf.getDocumentInformation().setCustomMetadataValue(PdfDocuments.IDENTIFIER_KEY,
                    document.kind().identifier(document.id()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
