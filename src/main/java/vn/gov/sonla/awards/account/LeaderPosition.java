package vn.gov.sonla.awards.account;

/** A leader is the head of the office (thủ trưởng) or one of its deputies (cấp phó), who signs "KT." for the head. */
public enum LeaderPosition {
    HEAD,
    DEPUTY
}
