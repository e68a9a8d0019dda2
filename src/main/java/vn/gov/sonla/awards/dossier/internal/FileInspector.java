package vn.gov.sonla.awards.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.gov.sonla.awards.common.PlainText;

/**
 * Checks an upload by its content before anything is stored: not empty, not too large, one of the accepted
 * types by its magic bytes, its name's extension agreeing with its content, a DOCX a real Word package
 * whose entries and uncompressed size are bounded (so a ZIP bomb renamed .docx is refused while reading).
 */
@Component
public class FileInspector {

    static final int MAX_ZIP_ENTRIES = 2_000;
    static final long MAX_UNCOMPRESSED = 200L * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 150;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private final long maxBytes;

    public FileInspector(@Value("${awards.upload.max-file-size:20MB}") DataSize maxFileSize) {
        this.maxBytes = maxFileSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public InspectedFile inspect(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedFileException("upload.empty");
        }
        if (bytes.length > maxBytes) {
            throw new RejectedFileException("upload.tooLarge", DataSize.ofBytes(maxBytes).toMegabytes());
        }
        String name = safeName(originalName);
        String extension = extension(name);
        FileType claimed = FileType.byExtension(extension)
                .orElseThrow(() -> new RejectedFileException("upload.typeNotAllowed"));
        FileType actual = recognise(bytes);
        if (actual == null) {
            throw new RejectedFileException("upload.contentNotRecognised");
        }
        if (actual != claimed) {
            throw new RejectedFileException("upload.contentMismatch");
        }
        return new InspectedFile(bytes, actual, name, sha256(bytes));
    }

    private FileType recognise(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return FileType.PDF;
        }
        if (startsWith(bytes, PNG)) {
            return FileType.PNG;
        }
        if (startsWith(bytes, JPEG)) {
            return FileType.JPEG;
        }
        if (startsWith(bytes, OLE2)) {
            return FileType.DOC;
        }
        if (startsWith(bytes, ZIP)) {
            checkWordPackage(bytes);
            return FileType.DOCX;
        }
        return null;
    }

    /** Walks the whole package, counting what it really inflates, not what its headers claim. */
    private static void checkWordPackage(byte[] bytes) {
        boolean contentTypes = false;
        boolean document = false;
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new RejectedFileException("upload.zipTooComplex");
                }
                String entryName = entry.getName();
                contentTypes |= entryName.equals("[Content_Types].xml");
                document |= entryName.equals("word/document.xml");
                total += drain(zip, buffer, MAX_UNCOMPRESSED - total);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RejectedFileException("upload.corrupt");
        }
        if (!contentTypes || !document) {
            throw new RejectedFileException("upload.contentNotRecognised");
        }
    }

    private static long drain(InputStream in, byte[] buffer, long allowance) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > allowance) {
                throw new RejectedFileException("upload.zipTooLarge");
            }
        }
        return read;
    }

    /**
     * The name kept for the file: no directories (either slash), no control, bidirectional-control or markup
     * characters (so "evil\u202Egpj.pdf" cannot read as a .jpg), Vietnamese letters kept, a length bound that keeps
     * the extension.
     */
    public static String safeName(String originalName) {
        String name = PlainText.withoutControls(originalName == null ? "" : originalName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[<>:\"|?*%;]", "")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String extension = extension(name);
            name = name.substring(0, MAX_NAME_LENGTH - extension.length() - 1) + "." + extension;
        }
        if (name.isBlank() || extension(name).isEmpty()) {
            throw new RejectedFileException("upload.typeNotAllowed");
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
