package vn.gov.sonla.awards.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.gov.sonla.awards.common.ConflictException;

/**
 * Where an accepted dossier stands among its department's submissions: in at most one draft while the department
 * compiles, then in the numbered submission that carried it to Home Affairs.
 */
@Embeddable
record Placement(@Column(name = "draft_submission_id") Long draftId,
                 @Column(name = "submission_id") Long submissionId,
                 @Column(name = "submission_number") String submissionNumber) {

    static final Placement NONE = new Placement(null, null, null);

    Placement inDraft(long draft) {
        requireNotInOtherDraft(draft);
        return new Placement(draft, submissionId, submissionNumber);
    }

    Placement outOfDraft() {
        return new Placement(null, submissionId, submissionNumber);
    }

    Placement sentWith(long submission, String number) {
        requireNotInOtherDraft(submission);
        return new Placement(null, submission, number);
    }

    private void requireNotInOtherDraft(long draft) {
        if (draftId != null && draftId != draft) {
            throw new ConflictException("error.submission.inOtherDraft");
        }
    }
}
