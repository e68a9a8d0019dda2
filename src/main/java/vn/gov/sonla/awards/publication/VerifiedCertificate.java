package vn.gov.sonla.awards.publication;

import java.time.LocalDate;

/**
 * What a genuine certificate's verification page shows: the awardee, unit, award and decision — nothing else; the
 * decision's id only finds whether the decision has a signed original.
 */
public record VerifiedCertificate(String awardee, String unitName, String awardForm, String awardFormEn,
                                  String decisionNumber, LocalDate decisionDate, long decisionId) {
}
