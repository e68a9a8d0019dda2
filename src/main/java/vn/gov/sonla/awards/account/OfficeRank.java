package vn.gov.sonla.awards.account;

/** Where a person stands in their office: a specialist (chuyên viên) prepares, a leader (lãnh đạo) signs. */
public enum OfficeRank {
    SPECIALIST,
    LEADER
}
