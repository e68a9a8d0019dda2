package vn.gov.sonla.awards.dossier.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file a dossier accepts, each recognised by its content, never by its name alone. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("application/msword", "doc"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    static Optional<FileType> byExtension(String extension) {
        return Arrays.stream(values()).filter(t -> t.hasExtension(extension)).findFirst();
    }
}
