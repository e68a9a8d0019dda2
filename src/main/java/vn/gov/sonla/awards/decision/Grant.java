package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The provincial decision that granted a dossier's award: its number and date, and its signer as the certificate
 * prints them (the authority lines, then the name).
 */
public record Grant(long decisionId, String number, LocalDate issuedOn, List<String> signerAuthorityLines,
                    String signerName) {
}
