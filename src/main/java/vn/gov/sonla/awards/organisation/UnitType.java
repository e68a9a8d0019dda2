package vn.gov.sonla.awards.organisation;

/** The kinds of unit named by plan 215 (section IV). */
public enum UnitType {
    DEPARTMENT, DISTRICT, CENTRAL_AGENCY, MASS_ORGANISATION, SCHOOL, HOSPITAL, ENTERPRISE
}
