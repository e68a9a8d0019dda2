package vn.gov.sonla.awards.review;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.internal.Submission;
import vn.gov.sonla.awards.review.internal.SubmissionRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Compiled submissions: a department sends its accepted dossiers to Home Affairs under the next number
 * of its series; Home Affairs forwards them; the chairman's office closes them. Reads are scoped like
 * dossiers: a department sees its own, Home Affairs all, the chairman's office those forwarded to it.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {


    private final SubmissionRepository repository;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DocumentNumbers numbers;
    private final UnitRepository units;
    private final Clock clock;
    private final DepartmentSteps departmentSteps;
    private final EntityManager entityManager;

    Submissions(SubmissionRepository repository, Dossiers dossiers, DocumentNumbers numbers, UnitRepository units,
                JdbcClient jdbc, Clock clock, DepartmentSteps departmentSteps, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.departmentSteps = departmentSteps;
        this.clock = clock;
        this.jdbc = jdbc;
        this.repository = repository;
        this.dossiers = dossiers;
        this.numbers = numbers;
        this.units = units;
    }

    /** Puts the chosen accepted dossiers together in a new draft submission of the department. */
    @Transactional
    public SubmissionView createDraft(Collection<Long> dossierIds, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        if (dossierIds.isEmpty()) {
            throw new ConflictException("error.submission.empty");
        }
        Submission draft = repository.save(Submission.draft(units.findById(staff.unitId()).orElseThrow(), staff, clock.instant()));
        for (Long id : Set.copyOf(dossierIds)) {
            departmentSteps.placeInDraft(id, draft.getId(), staff);
        }
        return draft.view();
    }

    /** Adds accepted dossiers to a draft. */
    @Transactional
    public void addToDraft(long draftId, Collection<Long> dossierIds, Actor staff) {
        Submission draft = draft(draftId, staff);
        for (Long id : Set.copyOf(dossierIds)) {
            departmentSteps.placeInDraft(id, draft.getId(), staff);
        }
    }

    /** Takes a dossier out of a draft. */
    @Transactional
    public void removeFromDraft(long draftId, long dossierId, Actor staff) {
        draft(draftId, staff);
        if (dossiers.inDraft(staff, draftId).stream().noneMatch(d -> d.id() == dossierId)) {
            throw new NotFoundException("dossier " + dossierId + " in draft " + draftId);
        }
        departmentSteps.removeFromDraft(dossierId, staff);
    }

    /** Gives up a draft: its dossiers stay accepted and can go in another submission. */
    @Transactional
    public void discard(long draftId, Actor staff) {
        Submission draft = draft(draftId, staff);
        dossiers.inDraft(staff, draftId).forEach(d -> departmentSteps.removeFromDraft(d.id(), staff));
        repository.delete(draft);
    }

    /**
     * Sends the draft to Home Affairs under the department's next number for the year, moving every dossier in
     * it in the same transaction: either all move with the number, or nothing does. Two sends at the same
     * moment get consecutive numbers (the counter row is locked until commit). The same draft sent twice at once is
     * sent once: the second waits for the first and is told the number it was sent under.
     */
    @Transactional
    public SubmissionView send(long draftId, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        Submission draft = locked(draftId, staff);
        if (!draft.isDraft()) {
            throw new AlreadyDoneException("notice.submission.alreadySent", draft.getNumber());
        }
        List<DossierView> inDraft = dossiers.inDraft(staff, draftId);
        if (inDraft.isEmpty()) {
            throw new ConflictException("error.submission.empty");
        }
        Unit department = draft.getDepartment();
        String series = "TTr-" + department.getCode();
        int year = LocalDate.now(clock).getYear();
        int seq = numbers.next(series, year);
        draft.send(year, seq, DocumentNumbers.format(seq, series), staff, clock.instant());
        repository.saveAndFlush(draft);
        for (var dossier : inDraft) {
            departmentSteps.sendToHomeAffairs(dossier.id(), draft.getId(), draft.getNumber(), staff);
        }
        return draft.view();
    }

    /** Compiles and sends at once (a draft sent straight away). */
    @Transactional
    public SubmissionView compileAndSend(Collection<Long> dossierIds, Actor staff) {
        return send(createDraft(dossierIds, staff).id(), staff);
    }

    private Submission draft(long draftId, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        Submission submission = find(draftId, staff);
        if (!submission.isDraft()) {
            throw new ConflictException("error.submission.transition", label(submission.getStatus().labelKey()));
        }
        return submission;
    }

    /**
     * The submission with its row locked until commit and its state read again after the lock: steps on one
     * submission run one after another, each seeing what the one before it did.
     */
    private Submission locked(long id, Actor user) {
        Submission submission = find(id, user);
        entityManager.refresh(submission, LockModeType.PESSIMISTIC_WRITE);
        return submission;
    }

    /** The submission if the asker may see it; 404 otherwise. */
    public SubmissionView get(long id, Actor user) {
        return find(id, user).view();
    }

    private Submission find(long id, Actor user) {
        return repository.findById(id).filter(s -> visible(s, user))
                .orElseThrow(() -> new NotFoundException("submission " + id));
    }

    /** The newest submissions a short list shows (at national scale there are tens of thousands). */
    public static final int LIST_LIMIT = 20;

    private static final String ROW = """
            select s.id, s.number, u.name as department_name, s.status, s.created_at, s.sent_at, s.forwarded_at
              from submission s join unit u on u.id = s.department_unit_id
            """;

    /** A page of the department's own submissions (drafts included), newest first, by an index range on the id. */
    public KeysetPage<SubmissionRow> ofDepartment(Actor staff, Keyset keyset) {
        return KeysetPage.of(rows(staff, visibleTo(staff), keyset), keyset, SubmissionRow::id, KeysetPage.NOT_COUNTED);
    }

    /** The newest submissions at some stages that the asker may see, for a short list. */
    public List<SubmissionRow> atStages(Actor user, Set<SubmissionStatus> statuses) {
        return rows(user, visibleTo(user) + " and " + inStatus(statuses), Keyset.first(LIST_LIMIT));
    }

    /** A page of the submissions at some stages that the asker may see, newest first, counted up to the cap. */
    public KeysetPage<SubmissionRow> atStages(Actor user, Set<SubmissionStatus> statuses, Keyset keyset) {
        String where = visibleTo(user) + " and " + inStatus(statuses);
        long count = jdbc.sql("select count(*) from (select 1 from submission s where " + where + " limit "
                + (KeysetPage.COUNT_CAP + 1) + ") c").param("scopeUnit", user.unitId()).query(Long.class).single();
        return KeysetPage.of(rows(user, where, keyset), keyset, SubmissionRow::id, count);
    }

    /** One more row than the page, after or before an id: the keyset's direction. */
    private List<SubmissionRow> rows(Actor user, String where, Keyset keyset) {
        String range = keyset.after() != null ? " and s.id < :after" : keyset.before() != null ? " and s.id > :before" : "";
        var spec = jdbc.sql(ROW + " where " + where + range + " order by s.id " + (keyset.backwards() ? "asc" : "desc")
                + " limit " + (keyset.size() + 1));
        spec = spec.param("scopeUnit", user.unitId());
        if (keyset.after() != null) {
            spec = spec.param("after", keyset.after());
        } else if (keyset.before() != null) {
            spec = spec.param("before", keyset.before());
        }
        return spec.query((rs, n) -> new SubmissionRow(rs.getLong("id"), rs.getString("number"),
                rs.getString("department_name"), SubmissionStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("forwarded_at")))).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String inStatus(Set<SubmissionStatus> statuses) {
        return statuses.isEmpty() ? "false" : "s.status in (" + statuses.stream().map(st -> "'" + st.name() + "'")
                .sorted().collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Which submissions a list shows, as SQL on the submission {@code s}: the same rule as {@link #visible} (a test
     * compares both), with the asker's unit as the parameter {@code :scopeUnit}.
     */
    String visibleTo(Actor user) {
        return switch (user.role()) {
            case DEPARTMENT -> "s.department_unit_id = :scopeUnit";
            case APPRAISER -> "s.status <> 'DRAFT'";
            case CHAIRMAN_OFFICE -> inStatus(EnumSet.of(SubmissionStatus.AT_CHAIRMAN, SubmissionStatus.CLOSED));
            case CLERK, ADMIN -> "false";
        };
    }

    /**
     * Home Affairs forwards the submission with its appraisal report, numbered "N/TTr-SNV" in this transaction;
     * its dossiers move by the caller in the same transaction. The caller locks it first ({@link #lockForForwarding}).
     */
    @Transactional
    public SubmissionView markForwarded(long id, Actor appraiser) {
        Submission submission = forwardable(id, appraiser);
        Unit homeAffairs = units.findById(appraiser.unitId()).orElseThrow();
        String series = "TTr-" + homeAffairs.getCode();
        int seq = numbers.next(series, LocalDate.now(clock).getYear());
        submission.forwardToChairman(appraiser, DocumentNumbers.format(seq, series), clock.instant());
        return submission.view();
    }

    /**
     * The submission Home Affairs is about to forward, locked until the caller's transaction ends: a second forward
     * sent at the same moment waits, then is told it was already forwarded, with the report's number.
     */
    @Transactional
    public SubmissionView lockForForwarding(long id, Actor appraiser) {
        return forwardable(id, appraiser).view();
    }

    private Submission forwardable(long id, Actor appraiser) {
        requireRole(appraiser, Role.APPRAISER, "action.FORWARD_TO_CHAIRMAN");
        Submission submission = locked(id, appraiser);
        if (submission.getStatus() == SubmissionStatus.AT_CHAIRMAN || submission.getStatus() == SubmissionStatus.CLOSED) {
            throw new AlreadyDoneException("notice.submission.alreadyForwarded", submission.getAppraisalReportNumber());
        }
        return submission;
    }

    /**
     * The submission the chairman's office is about to decide, locked until the caller's transaction ends, so that
     * one decision is issued for it however many requests arrive at once; whether it is already closed is the
     * caller's to say (it knows the decision that closed it).
     */
    @Transactional
    public SubmissionView lockForDecision(long id, Actor office) {
        return decidable(id, office).view();
    }

    private Submission decidable(long id, Actor office) {
        requireRole(office, Role.CHAIRMAN_OFFICE, "action.GRANT");
        return locked(id, office);
    }

    /** The chairman's office has decided every dossier of the submission. */
    @Transactional
    public void markClosed(long id, Actor office) {
        decidable(id, office).close(clock.instant());
    }

    private static void requireRole(Actor user, Role role, String actionKey) {
        if (!user.is(role)) {
            throw new ForbiddenException("error.forbidden.action", label(actionKey));
        }
    }

    private static boolean visible(Submission s, Actor user) {
        return switch (user.role()) {
            case DEPARTMENT -> s.getDepartment().getId() == user.unitId();
            case APPRAISER -> !s.isDraft();
            case CHAIRMAN_OFFICE -> EnumSet.of(SubmissionStatus.AT_CHAIRMAN, SubmissionStatus.CLOSED).contains(s.getStatus());
            case CLERK, ADMIN -> false;
        };
    }
}
