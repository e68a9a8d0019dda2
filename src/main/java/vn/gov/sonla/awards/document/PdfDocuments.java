package vn.gov.sonla.awards.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Official documents as PDF: a Thymeleaf template under {@code templates/documents/} is rendered to XHTML (always in
 * Vietnamese, the language of the province's documents), then laid out by openhtmltopdf with DejaVu Serif embedded,
 * a font that has every Vietnamese glyph — the PDF then shows "ỦY BAN NHÂN DÂN TỈNH SƠN LA" on any machine. Lines
 * end between words only ({@link WordLineBreaker}), so a date or a document's number is never split.
 * <p>
 * A document someone is about to ask for can be laid out ahead ({@link #layOutAhead}); the request for it then takes
 * that layout if what it asks for is the same document to the character, and lays it out anew otherwise.
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

    /** The cache of layouts made ahead, by the identifier of the record they were made of. */
    static final String CACHE = "documents";
    /** How many times each template was laid out as PDF, ahead or on request. */
    static final String LAYOUTS = "awards.documents.layouts";

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final ITemplateEngine templates;
    private final Cache ahead;
    private final AsyncTaskExecutor executor;
    private final MeterRegistry meters;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    PdfDocuments(ITemplateEngine templates, CacheManager caches,
                 @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, MeterRegistry meters) {
        this.templates = templates;
        this.ahead = Objects.requireNonNull(caches.getCache(CACHE), "no cache " + CACHE + " in awards.cache");
        this.executor = executor;
        this.meters = meters;
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
     * Starts laying out, on the application's task executor, the document that {@link #pdf(String, Map, String)}
     * would make of the same arguments, for someone about to ask for it: a submission's Tờ trình is laid out while
     * its leader's signature stores its dossiers (a second for two thousand of them, which the asker would otherwise
     * wait for after the signature). The variables are read on that thread: they must be loaded values, not a
     * persistence context's proxies. Kept by the identifier for the cache's lifetime ({@code awards.cache.documents}).
     * A layout of what the caller's transaction then rolled back is the same as no layout: no request for the record
     * lays out the same XHTML unless its document is that very one again.
     */
    public void layOutAhead(String template, Map<String, ?> variables, String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        ahead.put(identifier, CompletableFuture.supplyAsync(() -> {
            String xhtml = xhtml(template, variables);
            return new LaidOut(digest(xhtml), layOut(template, xhtml, identifier));
        }, executor));
    }

    private byte[] render(String template, Map<String, ?> variables, String identifier) {
        String xhtml = xhtml(template, variables);
        byte[] laidOut = identifier == null ? null : laidOutAhead(identifier, xhtml);
        return laidOut != null ? laidOut : layOut(template, xhtml, identifier);
    }

    /** The layout made ahead for this record, waited for if still being made, if it is of this very XHTML. */
    private byte[] laidOutAhead(String identifier, String xhtml) {
        CompletableFuture<?> made = ahead.get(identifier, CompletableFuture.class);
        if (made == null) {
            return null;
        }
        try {
            if (made.join() instanceof LaidOut laidOut && Arrays.equals(laidOut.digest(), digest(xhtml))) {
                return laidOut.pdf();
            }
        } catch (CompletionException | CancellationException e) {
            log.warn("The layout of {} made ahead failed; laid out again", identifier, e);
            ahead.evict(identifier);
        }
        return null;
    }

    private String xhtml(String template, Map<String, ?> variables) {
        return DocumentFonts.composed(html(template, variables));
    }

    /**
     * Lays the XHTML out and writes it once; the identifier, if any, goes into the document information just before
     * the PDF is saved (reading a finished PDF back to add it cost a tenth of a long list's time).
     */
    private byte[] layOut(String template, String xhtml, String identifier) {
        meters.counter(LAYOUTS, "template", template).increment();
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

    private static byte[] digest(String xhtml) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF laid out ahead and the digest of the XHTML it was laid out from. */
    record LaidOut(byte[] digest, byte[] pdf) {
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
