package vn.gov.sonla.awards.dossier;

/** The documents of a dossier under the simplified procedure (section III.3.2 of the plan). */
public enum AttachmentKind {
    /** Tờ trình: the unit's letter proposing the award. Required, one. */
    PROPOSAL,
    /** Báo cáo tóm tắt thành tích: the summary report of achievements. Required, one. */
    ACHIEVEMENT_REPORT,
    /** Other evidence, optional, several. */
    EVIDENCE;

    public boolean single() {
        return this != EVIDENCE;
    }

    public String labelKey() {
        return "attachment.kind." + name();
    }
}
