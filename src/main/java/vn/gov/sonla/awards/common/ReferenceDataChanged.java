package vn.gov.sonla.awards.common;

/** An administrator changed reference data (units, accounts, campaigns, award forms, criteria, quotas). */
public record ReferenceDataChanged(String what) {
}
