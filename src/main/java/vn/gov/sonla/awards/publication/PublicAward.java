package vn.gov.sonla.awards.publication;

import java.time.LocalDate;

/** One award as the public may see it: nothing but who, which unit, which award, which program, which decision. */
public record PublicAward(long decisionId, String decisionNumber, LocalDate decisionDate, String nomineeName,
                          String nomineeType, String unitName, String awardForm, String awardFormEn, String program) {
}
