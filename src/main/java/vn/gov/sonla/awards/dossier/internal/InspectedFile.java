package vn.gov.sonla.awards.dossier.internal;

/** An uploaded file that passed inspection: its bytes, recognised type, safe name and SHA-256. */
public record InspectedFile(byte[] bytes, FileType type, String safeName, String sha256) {
}
