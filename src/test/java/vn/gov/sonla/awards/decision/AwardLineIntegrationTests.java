package vn.gov.sonla.awards.decision;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The chairman's office writes the line each award's certificate prints while it prepares the decision: at most two
 * lines, refused beside the box with what was typed kept, kept in the dossier's history, printed on the certificate.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AwardLineIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;

    @Test
    void theOfficeWritesTheLineTheCertificatePrints() throws Exception {
        DecidedChain chain = chains.start().forwarded();
        Dossier d = chain.dossier(chain.firstIndividual);
        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/decisions/dossiers/{id}/award-line", d.getId())
                .with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn().getResponse().getContentAsString());
        assertThat(form).as("it starts from the unit's summary").contains(d.getAchievementSummary());
        assertThat(mvc.perform(get("/decisions/dossiers/{id}/award-line", d.getId()).with(user(fixtures.user("snv"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        // three lines: refused beside the box, what was typed kept, nothing written
        String three = "Dòng một\nDòng hai\nDòng ba " + chain.tag;
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/decisions/dossiers/{id}/award-line", d.getId())
                        .param("version", "" + fixtures.reload(d, DecidedChain.OFFICE).getVersion()).param("line", three)
                        .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()))
                .andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("id=\"line-error\"", "tối đa 2 dòng", "Dòng ba " + chain.tag);
        assertThat(fixtures.reload(d, DecidedChain.OFFICE).getAwardLine()).isNull();

        String line = "Đã có thành tích xuất sắc trong công tác điều trị người bệnh Covid-19\nnăm 2021 " + chain.tag;
        MvcResult written = mvc.perform(post("/decisions/dossiers/{id}/award-line", d.getId())
                .param("version", "" + fixtures.reload(d, DecidedChain.OFFICE).getVersion()).param("line", line)
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())).andReturn();
        assertThat(written.getResponse().getRedirectedUrl()).isEqualTo("/decisions/submissions/" + chain.submission.id());
        Dossier after = fixtures.reload(d, DecidedChain.OFFICE);
        assertThat(after.getAwardLine()).isEqualTo(line);
        assertThat(after.getHistory()).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(DossierAction.WRITE_AWARD_LINE);
            assertThat(e.getNote()).isEqualTo(line);
        });

        // approved and signed: the certificate prints the line; another award keeps its summary
        for (Dossier each : chain.filed) {
            long v = fixtures.reload(each, DecidedChain.OFFICE).getVersion();
            if (each.getNomineeName().equals(chain.notEndorsed)) {
                approvals.decline(each.getId(), v, "Theo ý kiến thẩm định", fixtures.actor(DecidedChain.OFFICE));
            } else {
                approvals.approve(each.getId(), v, null, fixtures.actor(DecidedChain.OFFICE));
            }
        }
        decisions.issue(chain.submission.id(), LocalDate.of(2021, 12, 3), fixtures.actor(DecidedChain.OFFICE),
                fixtures.actor(DecidedChain.CHAIRMAN));
        String certificate = pdfText(mvc.perform(get("/documents/dossiers/{id}/certificate.pdf", d.getId())
                .with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn().getResponse().getContentAsByteArray());
        assertThat(certificate).contains("điều trị người bệnh Covid-19", "năm 2021 " + chain.tag)
                .doesNotContain("Đã có thành tích: ");
        String other = pdfText(mvc.perform(get("/documents/dossiers/{id}/certificate.pdf",
                chain.dossier(chain.secondIndividual).getId()).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(other).contains("Đã có thành tích:");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
