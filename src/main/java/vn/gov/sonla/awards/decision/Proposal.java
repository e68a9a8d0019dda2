package vn.gov.sonla.awards.decision;

import java.time.LocalDate;

/**
 * The chairman's letter proposing a state-level award to the central level, and the central decision that granted
 * it (null until recorded), as the dossier's page shows them.
 */
public record Proposal(String number, LocalDate proposedOn, String centralDecisionNumber, LocalDate centralDecisionDate) {
}
