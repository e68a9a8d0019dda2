package vn.gov.sonla.awards.signature;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.decision.internal.DecisionDocuments;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.signature.internal.TrustAnchors;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.TestCa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every upload of a signed original, accepted or refused, is in the history of the dossiers its document concerns,
 * among their steps: who uploaded which document, when, the verdict and the file's SHA-256.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignedOriginalHistoryIntegrationTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired MockMvc mvc;
    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Decisions decisions;
    @Autowired DecisionDocuments documents;
    @Autowired SignedOriginals originals;
    @Autowired TrustAnchors anchors;

    @Test
    void eachUploadAcceptedOrRefusedIsInTheHistoryOfTheDossiersOfItsDocument() throws Exception {
        anchors.install(TestCa.get().root.pem().getBytes(), fixtures.actor("admin"));
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        DecidedChain chain = chains.start().decided();
        long decisionId = chain.decision.id();
        byte[] decisionPdf = documents.decisionPdf(decisionId, office);

        SignedOriginal refusedSubmission = originals.upload(DocumentKind.SUBMISSION, chain.submission.id(), "to-trinh.pdf",
                "not a pdf".getBytes(), fixtures.actor(DecidedChain.HEALTH));
        SignedOriginal refused = originals.upload(DocumentKind.DECISION, decisionId, "chua-ky.pdf", decisionPdf, office);
        SignedOriginal accepted = originals.upload(DocumentKind.DECISION, decisionId, "da-ky.pdf",
                TestCa.sign(decisionPdf, TestCa.get().signer), office);
        assertThat(refused.accepted()).isFalse();
        assertThat(accepted.accepted()).isTrue();

        long granted = decisions.granted(chain.decision, office).get(0).id();
        String page = mvc.perform(get("/dossiers/{id}", granted).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String history = page.substring(page.indexOf("id=\"history\""), page.indexOf("</table>", page.indexOf("id=\"history\"")));

        String decisionUpload = messages.getMessage("signature.dossierHistory.upload",
                new Object[]{messages.getMessage("signature.kind.DECISION", null, VI)}, VI);
        String submissionUpload = messages.getMessage("signature.dossierHistory.upload",
                new Object[]{messages.getMessage("signature.kind.SUBMISSION", null, VI)}, VI);
        assertThat(history).contains(submissionUpload, "Từ chối: Tệp không phải là PDF.", refusedSubmission.sha256());
        assertThat(history).contains("Từ chối: Tệp PDF không có chữ ký số.", "chua-ky.pdf", refused.sha256());
        assertThat(history).contains("Chấp nhận: ký số bởi Văn phòng UBND tỉnh Sơn La", "da-ky.pdf", accepted.sha256());
        assertThat(countOf(history, decisionUpload)).isEqualTo(2);
        // among the steps, in time order: after the grant, the refused upload before the accepted one
        String grant = messages.getMessage(DossierAction.GRANT.labelKey(), null, VI);
        assertThat(history.indexOf(grant)).isNotNegative().isLessThan(history.indexOf(refused.sha256()));
        assertThat(history.indexOf(refused.sha256())).isLessThan(history.indexOf(accepted.sha256()));
        assertThat(history).contains("data-label=\"" + messages.getMessage("history.action", null, VI) + "\"");
    }

    @Test
    void aRefusedUploadIsNamedAtTheTopAndBesideTheFileBoxAndItsWholeDigestIsShown() throws Exception {
        DecidedChain chain = chains.start().decided();
        var office = fixtures.user(DecidedChain.OFFICE);
        byte[] notPdf = "not a pdf".getBytes();
        String slug = DocumentKind.DECISION.slug();
        MvcResult refused = mvc.perform(multipart("/signed/{kind}/{id}", slug, chain.decision.id())
                        .file(new MockMultipartFile("file", "khong-phai-pdf.pdf", "application/pdf", notPdf))
                        .with(user(office)).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        String target = refused.getResponse().getRedirectedUrl();
        // the refusal travels in the stored session, which the session cookie names, as for a browser
        String page = mvc.perform(get(target.substring(0, target.indexOf('#'))).with(user(office))
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String box = "signed-" + slug + "-file";
        assertThat(page).contains("<a href=\"#" + box + "\">", "id=\"" + box + "-error\"",
                "aria-describedby=\"" + box + "-error\"");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(notPdf));
        assertThat(page).contains("<code class=\"hash\">" + digest + "</code>");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
