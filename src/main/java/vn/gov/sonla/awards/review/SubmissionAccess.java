package vn.gov.sonla.awards.review;

import java.util.EnumSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.review.internal.Submission;
import vn.gov.sonla.awards.review.internal.SubmissionRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Who may reach a submission and act on it: a department its own, Home Affairs those sent to it, the chairman's
 * office those forwarded to it; shared by {@link Submissions} and {@link SubmissionSigning}. Runs in its caller's
 * transaction.
 */
@Component
class SubmissionAccess {

    private final SubmissionRepository repository;
    private final EntityManager entityManager;

    SubmissionAccess(SubmissionRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    /** The submission if the asker may see it; 404 otherwise. */
    Submission find(long id, Actor user) {
        return repository.findById(id).filter(s -> visible(s, user))
                .orElseThrow(() -> new NotFoundException("submission " + id));
    }

    /**
     * The submission with its row locked until commit and its state read again after the lock: steps on one
     * submission run one after another, each seeing what the one before it did.
     */
    Submission locked(long id, Actor user) {
        Submission submission = find(id, user);
        // what this transaction changed before is written first, or the refresh would read it away
        entityManager.flush();
        entityManager.refresh(submission, LockModeType.PESSIMISTIC_WRITE);
        return submission;
    }

    static void requireRole(Actor user, Role role, String actionKey) {
        if (!user.is(role)) {
            throw new ForbiddenException("error.forbidden.action", label(actionKey));
        }
    }

    static boolean visible(Submission s, Actor user) {
        return switch (user.role()) {
            case DEPARTMENT -> s.getDepartment().getId() == user.unitId();
            case APPRAISER -> !s.isDraft() && s.getStatus() != SubmissionStatus.AWAITING_SIGNATURE;
            case CHAIRMAN_OFFICE -> EnumSet.of(SubmissionStatus.AT_CHAIRMAN,
                    SubmissionStatus.DECISION_AWAITING_SIGNATURE, SubmissionStatus.CLOSED).contains(s.getStatus());
            case CLERK, ADMIN -> false;
        };
    }
}
