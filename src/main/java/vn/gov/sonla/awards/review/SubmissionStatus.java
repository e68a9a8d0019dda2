package vn.gov.sonla.awards.review;

/** Where a compiled submission (tờ trình tổng hợp) is: Home Affairs, the chairman's office, or done. */
public enum SubmissionStatus {
    /** Being put together by the department: dossiers can be added or removed; no number yet. */
    DRAFT,
    /** Sent by the compiling department; Home Affairs appraises its dossiers. */
    AT_HOME_AFFAIRS,
    /** Forwarded by Home Affairs with its appraisal; the chairman decides. */
    AT_CHAIRMAN,
    /** Every dossier decided and the decision (if any) issued. */
    CLOSED;

    public String labelKey() {
        return "submission.status." + name();
    }
}
