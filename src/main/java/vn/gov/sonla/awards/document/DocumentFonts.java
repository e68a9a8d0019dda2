package vn.gov.sonla.awards.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts of the province's documents (DejaVu Serif, which has every Vietnamese glyph), embedded in a PDF as the
 * subset of the glyphs it uses. Glyph substitution is off: text is drawn in composed form ({@link #composed}), where
 * every Vietnamese letter is a glyph of its own, and PDFBox's substitution, run on every string drawn, took half the
 * time of a long list.
 */
public final class DocumentFonts {

    public static final String REGULAR = "DejaVuSerif.ttf";
    public static final String BOLD = "DejaVuSerif-Bold.ttf";
    public static final String ITALIC = "DejaVuSerif-Italic.ttf";

    private DocumentFonts() {
    }

    /** The font file's bytes, from the classpath's {@code fonts/}. */
    public static byte[] file(String name) {
        try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + name + " missing from the classpath", e);
        }
    }

    /** The font, to be embedded in the document; the document closes it. */
    public static PDType0Font load(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        document.registerTrueTypeFontForClosing(font);
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    /** The text as it is drawn: composed (NFC), so that letters typed as a base and its marks are one glyph. */
    public static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
