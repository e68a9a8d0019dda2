package vn.gov.sonla.awards.dossier;

/**
 * A dossier the unit sent again after the department returned it (<i>Đã bổ sung</i>): the frozen copy taken when it
 * was returned and the one taken when it came back, which the dossier page compares to show what changed.
 */
public record Resubmission(long dossierId, long returnedSnapshotId, long resubmittedSnapshotId) {
}
