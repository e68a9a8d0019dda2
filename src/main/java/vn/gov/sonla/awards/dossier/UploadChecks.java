package vn.gov.sonla.awards.dossier;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.dossier.internal.FileInspector;
import vn.gov.sonla.awards.dossier.internal.InspectedFile;

/**
 * The checks a dossier's files pass, for other modules' uploads (a receipt of the program "Sóng và máy tính cho
 * em"): not empty, not too large, an accepted type by its content, its name's extension agreeing. A refused file
 * throws an exception that is {@link vn.gov.sonla.awards.common.UserFacing}, with the reason to show by the field.
 */
@Component
public class UploadChecks {

    private final FileInspector inspector;

    UploadChecks(FileInspector inspector) {
        this.inspector = inspector;
    }

    public CheckedUpload check(String originalName, byte[] bytes) {
        InspectedFile file = inspector.inspect(originalName, bytes);
        return new CheckedUpload(file.bytes(), file.type().mediaType(), file.safeName(), file.sha256());
    }

    /** A file that passed: its bytes, the media type read from its content, its safe name and its SHA-256. */
    public record CheckedUpload(byte[] bytes, String mediaType, String safeName, String sha256) {
    }
}
