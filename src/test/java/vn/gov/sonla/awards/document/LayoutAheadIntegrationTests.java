package vn.gov.sonla.awards.document;

import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A submission's Tờ trình is laid out as PDF while its leader's signature stores its dossiers: the department's
 * download just after takes that layout instead of making it again, and a download of a submission that changed
 * since gets the submission as it is now.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LayoutAheadIntegrationTests {

    private static final String TEMPLATE = "documents/submission";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Appraisals appraisals;
    @Autowired CacheManager caches;
    @Autowired MeterRegistry meters;

    @Test
    void theSignedSubmissionIsDownloadedAsItWasLaidOutDuringTheSignature() throws Exception {
        Dossier first = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Văn Trước");
        Dossier second = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Thị Sau");
        SubmissionView sent = fixtures.sent("syt", first, second);
        byte[] ahead = laidOutAhead(sent).pdf();
        double layouts = layouts();

        byte[] downloaded = download(sent);

        assertThat(layouts()).isEqualTo(layouts);
        assertThat(downloaded).isEqualTo(ahead);
        assertThat(text(downloaded)).contains("Số: " + sent.number(), "Lò Văn Trước", "Lò Thị Sau", "Trần Quốc Việt");
    }

    @Test
    void aSubmissionChangedAfterTheSignatureIsLaidOutAsItIsNow() throws Exception {
        Dossier kept = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cầm Văn Giữ Lại");
        Dossier returned = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cầm Thị Trả Lại");
        SubmissionView sent = fixtures.sent("syt", kept, returned);
        byte[] ahead = laidOutAhead(sent).pdf();
        assertThat(text(ahead)).contains("Cầm Thị Trả Lại");
        appraisals.returnToDepartment(returned.getId(), fixtures.reload(returned, "snv").getVersion(),
                "Thiếu xác nhận của Ban chỉ đạo huyện", fixtures.user("snv").actor());
        double layouts = layouts();

        byte[] downloaded = download(sent);

        assertThat(layouts()).isEqualTo(layouts + 1);
        assertThat(text(downloaded)).contains("Số: " + sent.number(), "Cầm Văn Giữ Lại").doesNotContain("Cầm Thị Trả Lại");
    }

    /** The layout started by the signature, once finished. */
    private PdfDocuments.LaidOut laidOutAhead(SubmissionView sent) {
        CompletableFuture<?> made = caches.getCache(PdfDocuments.CACHE)
                .get(DocumentKind.SUBMISSION.identifier(sent.id()), CompletableFuture.class);
        assertThat(made).as("a layout started by the signature").isNotNull();
        return (PdfDocuments.LaidOut) made.join();
    }

    private double layouts() {
        return meters.counter(PdfDocuments.LAYOUTS, "template", TEMPLATE).count();
    }

    private byte[] download(SubmissionView submission) throws Exception {
        return mvc.perform(get("/documents/submissions/{id}/submission.pdf", submission.id()).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
