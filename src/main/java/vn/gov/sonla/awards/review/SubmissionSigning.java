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
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.review.internal.Submission;
import vn.gov.sonla.awards.review.internal.SubmissionRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;
import static vn.gov.sonla.awards.review.SubmissionAccess.requireRole;

/**
 * The department's sign-off of a compiled submission (Tờ trình): the specialist presents the draft to the
 * department's leaders or recalls it, a leader signs it under the next number of the department's series, sending
 * its dossiers to Home Affairs, or returns it to the specialist with a note.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionSigning {

    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final Dossiers dossiers;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final DepartmentSteps departmentSteps;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final SubmissionDocuments documents;

    SubmissionSigning(SubmissionRepository repository, SubmissionAccess access, Dossiers dossiers,
                      DocumentNumbers numbers, Clock clock, DepartmentSteps departmentSteps, Accounts accounts,
                      ApplicationEventPublisher events, SubmissionDocuments documents) {
        this.events = events;
        this.documents = documents;
        this.repository = repository;
        this.access = access;
        this.dossiers = dossiers;
        this.numbers = numbers;
        this.clock = clock;
        this.departmentSteps = departmentSteps;
        this.accounts = accounts;
    }

    /**
     * The specialist presents the draft to the department's leaders (Trình lãnh đạo ký): it waits in their signing
     * list, unchanged, with no number yet. The same draft presented twice at once is presented once.
     */
    @Transactional
    public SubmissionView present(long draftId, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        Submission draft = access.locked(draftId, staff);
        if (!draft.isDraft()) {
            throw new AlreadyDoneException("notice.submission.alreadyPresented", label(draft.getStatus().labelKey()));
        }
        if (!dossiers.anyInDraft(staff, draftId)) {
            throw new ConflictException("error.submission.empty");
        }
        draft.present(staff, clock.instant());
        repository.saveAndFlush(draft);
        events.publishEvent(new SignOffEvent(SignOffEvent.Step.PRESENTED, draftId, Role.DEPARTMENT, staff.unitId(),
                "signing.kind.submission", draft.getDepartment().getName(), null, "/signing/submissions/" + draftId,
                staff.username(), staff.id(), clock.instant()));
        return draft.view();
    }

    /** The specialist takes a presented draft back to change it; the leaders' list no longer shows it. */
    @Transactional
    public SubmissionView recall(long id, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        Submission submission = access.locked(id, staff);
        submission.recall();
        return submission.view();
    }

    /**
     * A leader of the department signs the presentation they read (Ký ban hành): the number "N/TTr-SYT" is taken in
     * this transaction, the signer and the signature block come from the leader's account, and every dossier of the
     * draft goes to Home Affairs with it: either all of it happens, or none. Two leaders signing at once: the second
     * waits for the first and is told the number it was signed under. Refused to a specialist, to a leader of
     * another office and to whoever presented it (four eyes); a conflict when the specialist presented it again
     * since the leader read it.
     */
    @Transactional
    public SubmissionView sign(long id, int readRevision, Actor leader) {
        requireRole(leader, Role.DEPARTMENT, "signing.sign");
        Signatory signatory = accounts.signatory(leader, Role.DEPARTMENT);
        Submission draft = access.locked(id, leader);
        if (draft.getNumber() != null) {
            throw new AlreadyDoneException("notice.submission.alreadySent", draft.getNumber());
        }
        if (draft.getStatus() != SubmissionStatus.AWAITING_SIGNATURE) {
            throw new ConflictException("error.signing.notPresented");
        }
        List<Long> inDraft = dossiers.idsInDraft(leader, id);
        if (inDraft.isEmpty()) {
            throw new ConflictException("error.submission.empty");
        }
        // the signature is checked before a number is taken, so a refused signature uses up no number
        FourEyesPolicy.check(draft.getSignOff().getPreparedByAccountId(), signatory.accountId());
        if (readRevision != draft.getSignOff().getRevision()) {
            throw new ConflictException("error.signing.changed");
        }
        Unit department = draft.getDepartment();
        String series = "TTr-" + department.getCode();
        int year = LocalDate.now(clock).getYear();
        int seq = numbers.next(series, year);
        draft.sign(readRevision, year, seq, DocumentNumbers.format(seq, series), signatory, clock.instant());
        // written by the flush that sending begins with, which has no dossier to check for changes: none is loaded yet
        repository.save(draft);
        // the department downloads the numbered Tờ trình next: laid out on another core while the dossiers are stored
        SubmissionView signed = draft.view();
        departmentSteps.sendAllToHomeAffairs(inDraft, draft.getId(), draft.getNumber(), leader,
                listed -> documents.layOutAhead(signed, listed));
        return draft.view();
    }

    /** A leader sends the presented draft back to the specialist with a note (Trả lại chuyên viên). */
    @Transactional
    public SubmissionView returnToSpecialist(long id, int readRevision, String note, Actor leader) {
        requireRole(leader, Role.DEPARTMENT, "signing.return");
        Signatory signatory = accounts.signatory(leader, Role.DEPARTMENT);
        Submission submission = access.locked(id, leader);
        submission.returnToSpecialist(readRevision, signatory, note, clock.instant());
        events.publishEvent(new SignOffEvent(SignOffEvent.Step.RETURNED, id, Role.DEPARTMENT, signatory.unitId(),
                "signing.kind.submission", submission.getDepartment().getName(), note, "/review/submissions/" + id,
                leader.username(), submission.getSignOff().getPreparedByAccountId(), clock.instant()));
        return submission.view();
    }
}
