package vn.gov.sonla.awards.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name drawn with the documents' font reads back as typed, whichever form of Unicode it was typed in. */
class DocumentFontsTests {

    static final String NAME = "Đặng Thị Hồng Nhung — Trạm Y tế xã Chiềng Sinh";

    @Test
    void aNameTypedAsLettersAndMarksIsDrawnAsTheLettersTheyMake() throws IOException {
        String decomposed = Normalizer.normalize(NAME, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(NAME);
        assertThat(drawnAndReadBack(DocumentFonts.composed(decomposed))).isEqualTo(NAME);
        assertThat(drawnAndReadBack(DocumentFonts.composed(NAME))).isEqualTo(NAME);
    }

    static String drawnAndReadBack(String text) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = DocumentFonts.load(document, DocumentFonts.file(DocumentFonts.REGULAR));
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(font, 12);
                out.newLineAtOffset(50, 700);
                out.showText(text);
                out.endText();
            }
            document.save(pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(document).strip();
        }
    }
}
