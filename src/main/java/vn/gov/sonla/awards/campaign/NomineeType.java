package vn.gov.sonla.awards.campaign;

/** Whom a dossier nominates: a collective (tập thể) or an individual (cá nhân). */
public enum NomineeType {
    COLLECTIVE, INDIVIDUAL
}
