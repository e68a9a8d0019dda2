package vn.gov.sonla.awards.campaign;

/** Who decides an award form: the central level, the provincial chairman, or the unit's own head. */
public enum AwardLevel {
    /** Orders and the Prime Minister's certificate: the chairman only approves proposing them. */
    STATE,
    /** The chairman's certificate of merit, granted by a numbered provincial decision. */
    PROVINCIAL,
    /** The unit head's certificate of commendation: recorded by the unit, never routed. */
    GRASSROOTS
}
