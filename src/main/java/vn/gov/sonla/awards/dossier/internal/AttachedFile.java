package vn.gov.sonla.awards.dossier.internal;

/** A file to send back to someone who may see its dossier. */
public record AttachedFile(String fileName, String mediaType, byte[] bytes) {
}
