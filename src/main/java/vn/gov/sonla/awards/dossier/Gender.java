package vn.gov.sonla.awards.dossier;

/** Gender of an individual nominee (the plan's reports count women's share). */
public enum Gender {
    MALE, FEMALE
}
