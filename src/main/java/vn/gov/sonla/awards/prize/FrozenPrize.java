package vn.gov.sonla.awards.prize;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.gov.sonla.awards.campaign.NomineeType;

/** The prize money of one award as its decision froze it on the day it was issued. */
public record FrozenPrize(long dossierId, long decisionId, long awardFormId, NomineeType nomineeType, BigDecimal coefficient,
                          long baseSalary, long amount, LocalDate computedOn) {
}
