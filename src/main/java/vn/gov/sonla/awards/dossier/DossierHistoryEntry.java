package vn.gov.sonla.awards.dossier;

import java.time.Instant;

/**
 * A line of a dossier's history that is not one of its steps: when, who (and of which unit, if known), what
 * happened and its outcome, as text.
 */
public record DossierHistoryEntry(Instant occurredAt, String actorName, String actorUnitName, String what, String note) {
}
