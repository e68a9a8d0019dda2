package vn.gov.sonla.awards.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import vn.gov.sonla.awards.demo.DemoFiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are judged by their content: the accepted types pass, everything hostile is refused with a reason. */
class FileInspectorTests {

    static final String EXPECTED_SHA256 = "f31cdee0b4d4fdae0638872f6bb7d0e6ee041386a9055d5e64c25d9d35dc88d1";

    final FileInspector inspector = new FileInspector(DataSize.ofMegabytes(20));

    @Test
    void acceptsEachAllowedTypeByItsContent() throws IOException {
        assertThat(inspector.inspect("to-trinh.pdf", DemoFiling.samplePdf("x")).type()).isEqualTo(FileType.PDF);
        assertThat(inspector.inspect("anh.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)).type()).isEqualTo(FileType.PNG);
        assertThat(inspector.inspect("anh.JPG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0)).type()).isEqualTo(FileType.JPEG);
        assertThat(inspector.inspect("cu.doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0)).type()).isEqualTo(FileType.DOC);
        assertThat(inspector.inspect("bao-cao.docx", docx()).type()).isEqualTo(FileType.DOCX);
    }

    @Test
    void recordsTheSha256OfTheContent() {
        InspectedFile file = inspector.inspect("a.pdf", "%PDF-1.4 hello".getBytes(StandardCharsets.US_ASCII));
        // sha256sum of the bytes "%PDF-1.4 hello", computed outside Java
        assertThat(file.sha256()).isEqualTo(EXPECTED_SHA256);
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertRefused("a.pdf", new byte[0], "upload.empty");
        FileInspector small = new FileInspector(DataSize.ofKilobytes(1));
        byte[] big = new byte[2048];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> small.inspect("a.pdf", big)).isInstanceOf(RejectedFileException.class).hasMessage("upload.tooLarge");
    }

    @Test
    void refusesAProgramRenamedAsPdfAndOtherUnknownContent() {
        assertRefused("hoso.pdf", bytes('M', 'Z', 0x90, 0, 3, 0), "upload.contentNotRecognised");
        assertRefused("hoso.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "upload.contentNotRecognised");
        assertRefused("virus.exe", DemoFiling.samplePdf("x"), "upload.typeNotAllowed");
        assertRefused("khong-duoi", DemoFiling.samplePdf("x"), "upload.typeNotAllowed");
    }

    @Test
    void refusesContentThatContradictsTheExtension() {
        assertRefused("bao-cao.docx", DemoFiling.samplePdf("x"), "upload.contentMismatch");
        assertRefused("anh.png", bytes(0xFF, 0xD8, 0xFF, 0xE0), "upload.contentMismatch");
    }

    @Test
    void refusesAZipThatIsNotAWordDocumentOrIsCorrupt() throws IOException {
        assertRefused("a.docx", zip("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)), "upload.contentNotRecognised");
        byte[] corrupt = bytes('P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 1, 0);
        assertRefused("a.docx", corrupt, "upload.corrupt");
    }

    @Test
    void refusesAZipBombRenamedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).as("a small file on the wire").isLessThan(1024 * 1024);
        assertRefused("bom.docx", out.toByteArray(), "upload.zipTooLarge");
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= FileInspector.MAX_ZIP_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        }
        assertRefused("many.docx", out.toByteArray(), "upload.zipTooComplex");
    }

    @Test
    void keepsOnlyASafeFileName() {
        assertThat(FileInspector.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileInspector.safeName("..\\..\\windows\\win.ini.pdf")).isEqualTo("win.ini.pdf");
        assertThat(FileInspector.safeName("<script>alert(1)</script>.pdf")).doesNotContain("<", ">", "/");
        assertThat(FileInspector.safeName("Tờ trình số 12\u0000\n.pdf")).isEqualTo("Tờ trình số 12.pdf");
        assertThat(FileInspector.safeName(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(FileInspector.safeName("a".repeat(400) + ".pdf")).hasSize(FileInspector.MAX_NAME_LENGTH).endsWith(".pdf");
    }

    @Test
    void aFileNameLosesBidirectionalAndOtherControlCharacters() {
        // shown as "evilfdp.jpg" in a right-to-left override: it must read as the PDF it is
        assertThat(FileInspector.safeName("evil\u202Egpj.pdf")).isEqualTo("evilgpj.pdf");
        assertThat(FileInspector.safeName("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200E\u200Fj.pdf"))
                .isEqualTo("abcdefghij.pdf");
        assertThat(FileInspector.safeName("Báo cáo\u0085\u009B\u007F\u2028.pdf")).isEqualTo("Báo cáo.pdf");
    }

    private void assertRefused(String name, byte[] bytes, String reason) {
        assertThatThrownBy(() -> inspector.inspect(name, bytes)).isInstanceOf(RejectedFileException.class).hasMessage(reason);
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

}
