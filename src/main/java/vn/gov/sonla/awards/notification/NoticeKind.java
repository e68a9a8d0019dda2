package vn.gov.sonla.awards.notification;

/** What a notice tells, and the topic under which a person chooses to get it by e-mail too. */
public enum NoticeKind {
    /** The compiling department returned a dossier of my unit for supplementation. */
    RETURNED(Topic.RETURNS),
    /** The compiling department refused a dossier of my unit. */
    REJECTED(Topic.RETURNS),
    /** Home Affairs sent a dossier back to my department (out of its submission), with a reason. */
    RETURNED_TO_DEPARTMENT(Topic.RETURNS),
    /** A dossier was submitted to my department. */
    DOSSIER_ARRIVED(Topic.QUEUE),
    /** A numbered submission reached Home Affairs. */
    SUBMISSION_ARRIVED(Topic.QUEUE),
    /** Home Affairs forwarded a submission to the chairman's office. */
    SUBMISSION_FORWARDED(Topic.QUEUE),
    /** The chairman's office approved my unit's nominee; the chairman's signature is still to come. */
    APPROVED(Topic.DECISIONS),
    /** The chairman's signed letter proposed my unit's nominee for a state-level award. */
    PROPOSED_TO_CENTRAL(Topic.DECISIONS),
    /** The chairman declined my unit's nominee. */
    DECLINED(Topic.DECISIONS),
    /** A numbered decision granted my unit's nominee the award. */
    GRANTED(Topic.DECISIONS),
    /** A specialist of my office presented a document for my signature (I am a leader of the office). */
    PRESENTED_FOR_SIGNATURE(Topic.QUEUE),
    /** A leader returned the document I prepared, with a note. */
    RETURNED_BY_LEADER(Topic.RETURNS),
    /** A dossier has waited at my stage longer than its campaign's deadline. */
    OVERDUE(Topic.QUEUE);

    /** The groups of notices a person can ask to receive by e-mail. */
    public enum Topic {
        RETURNS, QUEUE, DECISIONS;

        public String labelKey() {
            return "notice.topic." + name();
        }
    }

    private final Topic topic;

    NoticeKind(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }

    public String labelKey() {
        return "notice.kind." + name();
    }
}
