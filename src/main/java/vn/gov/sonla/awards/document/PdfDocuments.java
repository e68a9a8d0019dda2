package vn.gov.sonla.awards.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Official documents as PDF: a Thymeleaf template under {@code templates/documents/} is rendered to XHTML (always in
 * Vietnamese, the language of the province's documents), then laid out by openhtmltopdf with DejaVu Serif embedded,
 * a font that has every Vietnamese glyph — the PDF then shows "ỦY BAN NHÂN DÂN TỈNH SƠN LA" on any machine. Lines
 * end between words only ({@link WordLineBreaker}), so a date or a document's number is never split.
 */
@Service
public class PdfDocuments {

    /**
     * The key in a PDF's document information under which the system writes which record the PDF was made of
     * (see {@link #pdf(String, Map, String)}), so that a copy signed outside the system can be matched to it.
     */
    public static final String IDENTIFIER_KEY = "SonLaAwardsDocument";

    /** The font family the document templates name in their CSS. */
    public static final String FONT_FAMILY = "DejaVu Serif";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = DocumentFonts.file(DocumentFonts.REGULAR);
        this.bold = DocumentFonts.file(DocumentFonts.BOLD);
        this.italic = DocumentFonts.file(DocumentFonts.ITALIC);
    }

    /** The template filled with the variables, as the XHTML the PDF is made from. */
    public String html(String template, Map<String, ?> variables) {
        Context context = new Context(VIETNAMESE);
        context.setVariable("tableSections", TableSections.INSTANCE);
        variables.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** The template filled with the variables, as PDF. */
    public byte[] pdf(String template, Map<String, ?> variables) {
        return render(template, variables, null);
    }

    /** The template filled with the variables, as PDF that names its record in its metadata ({@link #IDENTIFIER_KEY}). */
    public byte[] pdf(String template, Map<String, ?> variables, String identifier) {
        return render(template, variables, identifier);
    }

    /**
     * Lays the XHTML out and writes it once; the identifier, if any, goes into the document information just before
     * the PDF is saved (reading a finished PDF back to add it cost a tenth of a long list's time).
     */
    private byte[] render(String template, Map<String, ?> variables, String identifier) {
        String xhtml = DocumentFonts.composed(html(template, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.useUnicodeLineBreaker(new WordLineBreaker(VIETNAMESE));
            builder.useFont(font(document, regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font(document, bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(font(document, italic), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                if (identifier != null) {
                    renderer.setListener(new Identified(identifier));
                }
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + template + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static PDFontSupplier font(PDDocument document, byte[] file) throws IOException {
        return new PDFontSupplier(DocumentFonts.load(document, file));
    }

    /** Writes the record's identifier into the document information before the PDF is written. */
    private record Identified(String identifier) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        /** Called after the renderer has written its own document information, just before the PDF is saved. */
        @Override
        public void onClose(PdfBoxRenderer renderer) {
            renderer.getPdfDocument().getDocumentInformation().setCustomMetadataValue(IDENTIFIER_KEY, identifier);
        }
    }
}
