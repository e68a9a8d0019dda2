package vn.gov.sonla.awards.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File names of downloads are plain ASCII, whatever the document number holds. */
class DownloadsTests {

    @Test
    void diacriticsAndSlashesBecomePlainAscii() {
        assertThat(Downloads.safeFileName("Quyet-dinh-12/QĐ-UBND")).isEqualTo("Quyet-dinh-12-QD-UBND");
        assertThat(Downloads.safeFileName("Tờ trình 3/TTr-SYT")).isEqualTo("To-trinh-3-TTr-SYT");
    }

    @Test
    void nothingCanEscapeTheHeaderOrTheFolder() {
        assertThat(Downloads.safeFileName("a\"; filename=evil.exe\r\nX-Injected: 1")).matches("[A-Za-z0-9._-]+")
                .doesNotContain("\"", "\r", "\n", " ");
        assertThat(Downloads.safeFileName("../../etc/passwd")).doesNotStartWith(".").doesNotContain("/");
        assertThat(Downloads.safeFileName("///")).isEqualTo("document");
    }

    @Test
    void anUploadedFileIsSentUnderItsNameWithoutBidirectionalControls() {
        var response = Downloads.uploaded(new byte[] {1}, Downloads.PDF, "Tờ trình evil\u202Egpj.pdf");
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .doesNotContain("%E2%80%AE").contains("filename*=UTF-8''").contains("evilgpj.pdf");
    }

    @Test
    void theHeaderIsAnAttachment() {
        var response = Downloads.attachment(new byte[] {1}, Downloads.PDF, "Bằng khen 1/QĐ-UBND", "pdf");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"Bang-khen-1-QD-UBND.pdf\"");
        assertThat(response.getHeaders().getFirst("Cache-Control")).isEqualTo("private, no-store");
    }
}
