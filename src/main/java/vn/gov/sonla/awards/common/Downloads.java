package vn.gov.sonla.awards.common;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated document as an HTTP download: always an attachment, never cached by shared caches, with an ASCII
 * file name made from the document number ("12/QĐ-UBND" → "12-QD-UBND"), so no browser or proxy mangles it and no
 * header can be injected through it.
 */
public final class Downloads {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String baseName, String extension) {
        return send(body, type, ContentDisposition.attachment().filename(safeFileName(baseName) + "." + extension).build());
    }

    /**
     * A file someone uploaded, under the name it was stored with (already made safe on upload; control and
     * bidirectional characters are dropped again here): sent as UTF-8 (RFC 5987) so Vietnamese names survive, still
     * always as an attachment.
     */
    public static ResponseEntity<byte[]> uploaded(byte[] body, MediaType type, String storedName) {
        String name = PlainText.withoutControls(storedName);
        return send(body, type, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
    }

    private static ResponseEntity<byte[]> send(byte[] body, MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** Letters without diacritics, digits, dot, dash and underscore; anything else becomes a dash. */
    public static String safeFileName(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return safe.isEmpty() ? "document" : safe;
    }
}
