package vn.gov.sonla.awards.decision;

import java.time.LocalDate;

/** The provincial decision that granted a dossier's award: its number and date. */
public record Grant(long decisionId, String number, LocalDate issuedOn) {
}
