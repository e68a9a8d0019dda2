package vn.gov.sonla.awards.review;

/** Where a compiled submission (tờ trình tổng hợp) is: with a leader to sign, Home Affairs, the chairman's office, or done. */
public enum SubmissionStatus {
    /** Being put together by the department: dossiers can be added or removed; no number yet. */
    DRAFT,
    /** Presented by the specialist to the department's leaders (Trình lãnh đạo ký); still no number. */
    AWAITING_SIGNATURE,
    /** Signed and numbered by a leader of the department: sent by the compiling department; Home Affairs appraises its dossiers. */
    AT_HOME_AFFAIRS,
    /** Appraised: Home Affairs' report waits for the signature of its director or a deputy. */
    REPORT_AWAITING_SIGNATURE,
    /** Forwarded by Home Affairs with its appraisal; the chairman's office prepares the chairman's answer. */
    AT_CHAIRMAN,
    /** The chairman's office presented its answer; the chairman or a vice-chairman signs it (no number yet). */
    DECISION_AWAITING_SIGNATURE,
    /** Every dossier decided and the decision (if any) issued. */
    CLOSED;

    public String labelKey() {
        return "submission.status." + name();
    }
}
