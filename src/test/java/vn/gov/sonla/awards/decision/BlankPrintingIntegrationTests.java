package vn.gov.sonla.awards.decision;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.decision.internal.BlankCertificates;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Certificates printed on the Sơn La blank: each field's text sits at the default layout's position (A3 landscape)
 * moved by the office's printer calibration, read back from the PDF's text positions; prints and reprints are recorded.
 */
@IntegrationTest
class BlankPrintingIntegrationTests {

    static final double MM = 72 / 25.4;

    @Autowired Fixtures fixtures;

    @Autowired DecidedChains chains;
    @Autowired BlankCertificates blanks;
    @Autowired JdbcClient jdbc;

    @Test
    void theTextSitsAtTheLayoutsPositionsPlusTheCalibration() throws IOException {
        DecidedChain chain = chains.start().decided();
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        blanks.calibrate(new BigDecimal("2.5"), new BigDecimal("-1.5"), office);

        byte[] pdf = blanks.print(chain.decision.id(), List.of(), null, office);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            // A3 landscape: 420 × 297 mm
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo((float) (420 * MM), within(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo((float) (297 * MM), within(1f));
            List<Line> lines = lines(document, 1);
            // the awardee: centred on x = 210 mm, baseline at y = 150 mm from the top, 26 pt; calibration +2.5, -1.5
            Line awardee = lines.stream().filter(l -> l.text().equals(chain.firstIndividual)).findFirst().orElseThrow();
            assertThat(awardee.centreMm()).isCloseTo(210 + 2.5, within(0.5));
            assertThat(awardee.baselineMm()).isCloseTo(150 - 1.5, within(0.5));
            assertThat(awardee.fontPt()).isCloseTo(26, within(0.1));
            Line decision = lines.stream().filter(l -> l.text().startsWith("Quyết định số " + chain.decision.number()))
                    .findFirst().orElseThrow();
            assertThat(decision.centreMm()).isCloseTo(95 + 2.5, within(0.5));
            assertThat(decision.baselineMm()).isCloseTo(262 - 1.5, within(0.5));
            Line signer = lines.stream().filter(l -> l.text().equals(chain.decision.signerName())).findFirst().orElseThrow();
            assertThat(signer.baselineMm()).isCloseTo(280 - 1.5, within(0.5));
        }

        long dossier = chain.dossier(chain.secondIndividual).getId();
        assertThatThrownBy(() -> blanks.print(chain.decision.id(), List.of(dossier), " ", office))
                .isInstanceOf(ConflictException.class).hasMessage("print.reprintNeedsReason");
        byte[] reprint = blanks.print(chain.decision.id(), List.of(dossier), "Phôi bị kẹt giấy", office);
        try (PDDocument document = Loader.loadPDF(reprint)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) filter (where not reprint), count(*) filter (where reprint and reason = 'Phôi bị kẹt giấy') "
                        + "from certificate_print where decision_id = ?").param(chain.decision.id())
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(1, 1);
    }

    record Line(String text, double centreMm, double baselineMm, double fontPt) {
    }

    /** Each line of text of a page with where it sits, in millimetres from the page's top-left corner. */
    static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                double left = first.getXDirAdj();
                double right = last.getXDirAdj() + last.getWidthDirAdj();
                lines.add(new Line(text, (left + right) / 2 / MM, first.getYDirAdj() / MM, first.getFontSizeInPt()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }
}
