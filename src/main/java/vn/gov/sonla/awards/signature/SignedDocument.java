package vn.gov.sonla.awards.signature;

import java.time.LocalDate;

/**
 * A numbered document as its record says: what an uploaded signed PDF must be. {@code number} is printed on the
 * document ("Số: 12/QĐ-UBND"), {@code issuedOn} its date; {@code page} is the address of the page that shows it (where an upload returns).
 */
public record SignedDocument(DocumentKind kind, long id, String number, LocalDate issuedOn, String page) {
}
