package vn.gov.sonla.awards.account;

/** What a person does in the chain of plan 215. */
public enum Role {
    /** Cán bộ thi đua of a unit: files dossiers for the unit's own nominees. */
    CLERK,
    /** Staff of a compiling department (Sở Y tế, Sở TT&TT): reviews and compiles its campaigns' dossiers. */
    DEPARTMENT,
    /** Sở Nội vụ (Ban Thi đua – Khen thưởng): appraises submissions. */
    APPRAISER,
    /** Văn phòng UBND tỉnh: the chairman's approvals and decisions. */
    CHAIRMAN_OFFICE,
    /** Keeps units, users and campaigns; approves nothing. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
