package vn.gov.sonla.awards.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.FourEyesPolicy;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.SignOffEvent;
import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.review.internal.Submission;
import vn.gov.sonla.awards.review.internal.SubmissionRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;
import static vn.gov.sonla.awards.review.SubmissionAccess.requireRole;

/**
 * The hand-over of the chairman's answer on a submission inside the chairman's office: the office's specialist
 * presents it (the rows decided, the date, who is to sign) or recalls it; the chairman or a vice-chairman signs it or
 * returns it with a note. The decision module numbers and issues what is signed; this service keeps the
 * submission's side: its stage, the presentation the leader read, and who signed.
 */
@Service
@Transactional(readOnly = true)
public class ChairmanSignOff {

    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChairmanSignOff(SubmissionRepository repository, SubmissionAccess access, Accounts accounts, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The office presents its answer (Trình ký) to the leader it names, who must be a leader of the office other than
     * the specialist; the caller has checked that every dossier is decided and that the date may be borne. The same
     * answer presented twice at once is presented once.
     */
    @Transactional
    public SubmissionView present(long id, LocalDate date, long signerAccountId, Actor specialist) {
        requireRole(specialist, Role.CHAIRMAN_OFFICE, "decision.present");
        Submission submission = access.locked(id, specialist);
        if (submission.getStatus() == SubmissionStatus.DECISION_AWAITING_SIGNATURE
                || submission.getStatus() == SubmissionStatus.CLOSED) {
            throw new AlreadyDoneException("notice.submission.alreadyPresented", label(submission.getStatus().labelKey()));
        }
        if (leaders(specialist).stream().noneMatch(l -> l.accountId() == signerAccountId)) {
            throw new ConflictException("error.decision.signerNotLeader");
        }
        FourEyesPolicy.check(specialist.id(), signerAccountId);
        submission.presentDecision(specialist, date, signerAccountId, clock.instant());
        repository.saveAndFlush(submission);
        events.publishEvent(new SignOffEvent(SignOffEvent.Step.PRESENTED, id, Role.CHAIRMAN_OFFICE, specialist.unitId(),
                "signing.kind.decision", submission.getAppraisalReportNumber(), null, "/signing/decisions/" + id,
                specialist.username(), specialist.id(), clock.instant()));
        return submission.view();
    }

    /** The leaders of the asker's office who may be asked to sign (the chairman, the vice-chairmen). */
    public List<Signatory> leaders(Actor office) {
        return accounts.leadersOf(office.unitId());
    }

    /** The office takes its presented answer back to change it; the leaders' list no longer shows it. */
    @Transactional
    public SubmissionView recall(long id, Actor specialist) {
        requireRole(specialist, Role.CHAIRMAN_OFFICE, "decision.present");
        Submission submission = access.locked(id, specialist);
        submission.recallDecision();
        return submission.view();
    }

    /** The chairman or a vice-chairman returns the answer to the office with a note (Trả lại chuyên viên). */
    @Transactional
    public SubmissionView returnToSpecialist(long id, int readRevision, String note, Actor leader) {
        requireRole(leader, Role.CHAIRMAN_OFFICE, "signing.return");
        Signatory signatory = accounts.signatory(leader, Role.CHAIRMAN_OFFICE);
        Submission submission = access.locked(id, leader);
        submission.returnDecision(readRevision, signatory, note, clock.instant());
        events.publishEvent(new SignOffEvent(SignOffEvent.Step.RETURNED, id, Role.CHAIRMAN_OFFICE, signatory.unitId(),
                "signing.kind.decision", submission.getAppraisalReportNumber(), note, "/decisions/submissions/" + id,
                leader.username(), submission.getDecisionSignOff().getPreparedByAccountId(), clock.instant()));
        return submission.view();
    }

    /**
     * The submission about to be signed, locked until the caller's transaction ends: two leaders signing at once
     * sign one after the other, and the second finds it signed. Whether it may be signed is {@link #checkSignable}'s.
     */
    @Transactional
    public SubmissionView lock(long id, Actor leader) {
        requireRole(leader, Role.CHAIRMAN_OFFICE, "signing.sign");
        return access.locked(id, leader).view();
    }

    /**
     * Refuses, before any number is taken, a signature the leader may not give: not presented (409), prepared by the
     * leader (403, four eyes), or presented again since the leader read it (409).
     */
    @Transactional
    public void checkSignable(long id, int readRevision, Signatory leader, Actor asker) {
        Submission submission = access.locked(id, asker);
        if (submission.getStatus() != SubmissionStatus.DECISION_AWAITING_SIGNATURE) {
            throw new ConflictException("error.signing.notPresented");
        }
        submission.checkDecisionSignable(readRevision, leader);
    }

    /** The leader signed: the submission closes, with the number of its letter to the central level if it has one. */
    @Transactional
    public SubmissionView markSigned(long id, int readRevision, Signatory leader, String letterNumber, Actor asker) {
        Submission submission = access.locked(id, asker);
        submission.signDecision(readRevision, leader, letterNumber, clock.instant());
        repository.saveAndFlush(submission);
        return submission.view();
    }

    /** Whether the chairman's answer on the submission waits for a signature (its rows are then fixed). */
    public boolean awaitingSignature(long id) {
        return repository.findById(id).map(s -> s.getStatus() == SubmissionStatus.DECISION_AWAITING_SIGNATURE)
                .orElse(false);
    }

    /** What waits for the signature of the chairman's office's leaders, oldest first. */
    public List<SubmissionView> awaiting(Actor leader) {
        if (!leader.is(Role.CHAIRMAN_OFFICE)) {
            return List.of();
        }
        return repository.findByStatusOrderById(SubmissionStatus.DECISION_AWAITING_SIGNATURE).stream()
                .map(Submission::view).toList();
    }
}
