package vn.gov.sonla.awards.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Compiled submissions: a department sends its accepted dossiers to Home Affairs under the next number
 * of its series; Home Affairs forwards them; the chairman's office closes them. Reads are scoped like
 * dossiers: a department sees its own, Home Affairs all, the chairman's office those forwarded to it.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {

    static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SubmissionRepository repository;
    private final Dossiers dossiers;
    private final DocumentNumbers numbers;
    private final UnitRepository units;

    Submissions(SubmissionRepository repository, Dossiers dossiers, DocumentNumbers numbers, UnitRepository units) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.numbers = numbers;
        this.units = units;
    }

    /**
     * Compiles the chosen accepted dossiers into a numbered submission and sends it to Home Affairs, all in
     * one transaction: either every dossier moves with its number, or nothing does.
     */
    @Transactional
    public Submission compileAndSend(Collection<Long> dossierIds, CurrentUser staff) {
        if (!staff.is(Role.DEPARTMENT)) {
            throw new ForbiddenException("error.forbidden.action", label("action.SEND_TO_HOME_AFFAIRS"));
        }
        if (dossierIds.isEmpty()) {
            throw new ConflictException("error.submission.empty");
        }
        Unit department = units.findById(staff.unitId()).orElseThrow();
        String series = "TTr-" + department.getCode();
        int year = LocalDate.now(PROVINCE_TIME).getYear();
        int seq = numbers.next(series, year);
        Submission submission = repository.save(
                Submission.send(department, year, seq, DocumentNumbers.format(seq, series), staff));
        for (Long id : Set.copyOf(dossierIds)) {
            dossiers.sendToHomeAffairs(id, submission.getId(), submission.getNumber(), staff);
        }
        return submission;
    }

    public Submission get(long id, CurrentUser user) {
        return repository.findById(id).filter(s -> visible(s, user))
                .orElseThrow(() -> new NotFoundException("submission " + id));
    }

    /** The newest submissions a list shows (issue 8: at national scale there are tens of thousands). */
    public static final int LIST_LIMIT = 100;
    private static final Pageable NEWEST = PageRequest.of(0, LIST_LIMIT);

    public List<Submission> ofDepartment(CurrentUser staff) {
        return repository.findByDepartmentIdOrderByIdDesc(staff.unitId(), NEWEST);
    }

    public List<Submission> atStages(CurrentUser user, Set<SubmissionStatus> statuses) {
        return repository.findByStatusInOrderByIdDesc(statuses, NEWEST).stream().filter(s -> visible(s, user)).toList();
    }

    public long countAt(SubmissionStatus status) {
        return repository.countByStatus(status);
    }

    /** Home Affairs forwards the submission; its dossiers move by the caller in the same transaction. */
    @Transactional
    public void markForwarded(long id, CurrentUser appraiser) {
        requireRole(appraiser, Role.APPRAISER, "action.FORWARD_TO_CHAIRMAN");
        get(id, appraiser).forwardToChairman(appraiser);
    }

    @Transactional
    public void markClosed(long id, CurrentUser office) {
        requireRole(office, Role.CHAIRMAN_OFFICE, "action.GRANT");
        get(id, office).close();
    }

    private static void requireRole(CurrentUser user, Role role, String actionKey) {
        if (!user.is(role)) {
            throw new ForbiddenException("error.forbidden.action", label(actionKey));
        }
    }

    private static boolean visible(Submission s, CurrentUser user) {
        return switch (user.role()) {
            case DEPARTMENT -> s.getDepartment().getId() == user.unitId();
            case APPRAISER -> true;
            case CHAIRMAN_OFFICE -> EnumSet.of(SubmissionStatus.AT_CHAIRMAN, SubmissionStatus.CLOSED).contains(s.getStatus());
            case CLERK, ADMIN -> false;
        };
    }
}
