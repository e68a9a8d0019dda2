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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.FourEyesPolicy;
import vn.gov.sonla.awards.account.SignOffEvent;
import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.internal.Submission;
import vn.gov.sonla.awards.review.internal.SubmissionRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;
import static vn.gov.sonla.awards.review.SubmissionAccess.requireRole;

/**
 * Compiled submissions: a department sends its accepted dossiers to Home Affairs under the next number
 * of its series; Home Affairs forwards them; the chairman's office closes them. Reads are scoped like
 * dossiers: a department sees its own, Home Affairs all, the chairman's office those forwarded to it. The
 * department leaders' sign-off of a draft is {@link SubmissionSigning}.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {


    private final SubmissionRepository repository;
    private final SubmissionAccess access;
    private final SubmissionSigning signing;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DocumentNumbers numbers;
    private final UnitRepository units;
    private final Clock clock;
    private final DepartmentSteps departmentSteps;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Submissions(SubmissionRepository repository, SubmissionAccess access, SubmissionSigning signing, Dossiers dossiers,
                DocumentNumbers numbers, UnitRepository units, JdbcClient jdbc, Clock clock,
                DepartmentSteps departmentSteps, Accounts accounts, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.signing = signing;
        this.accounts = accounts;
        this.departmentSteps = departmentSteps;
        this.clock = clock;
        this.jdbc = jdbc;
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

    /** The department's drafts presented to its leaders, oldest first: what waits for their signature. */
    public List<SubmissionView> awaitingDepartmentSignature(Actor leader) {
        if (!leader.is(Role.DEPARTMENT)) {
            return List.of();
        }
        return repository.findByDepartmentIdAndStatusOrderById(leader.unitId(), SubmissionStatus.AWAITING_SIGNATURE)
                .stream().map(Submission::view).toList();
    }

    /** Appraisal reports presented to Home Affairs' leaders, oldest first. */
    public List<SubmissionView> awaitingReportSignature(Actor leader) {
        if (!leader.is(Role.APPRAISER)) {
            return List.of();
        }
        return repository.findByStatusOrderById(SubmissionStatus.REPORT_AWAITING_SIGNATURE).stream()
                .map(Submission::view).toList();
    }

    /**
     * Compiles, presents and signs at once: for the demo data and tests that need a sent submission; the preparer and
     * the signer are two accounts as ever.
     */
    @Transactional
    public SubmissionView compileAndSign(Collection<Long> dossierIds, Actor staff, Actor leader) {
        SubmissionView draft = signing.present(createDraft(dossierIds, staff).id(), staff);
        return signing.sign(draft.id(), draft.signOff().revision(), leader);
    }

    private Submission draft(long draftId, Actor staff) {
        requireRole(staff, Role.DEPARTMENT, "action.SEND_TO_HOME_AFFAIRS");
        Submission submission = access.find(draftId, staff);
        if (!submission.isDraft()) {
            throw new ConflictException("error.submission.transition", label(submission.getStatus().labelKey()));
        }
        return submission;
    }

    /** The submission if the asker may see it; 404 otherwise. */
    public SubmissionView get(long id, Actor user) {
        return access.find(id, user).view();
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
     * Which submissions a list shows, as SQL on the submission {@code s}: the same rule as {@link SubmissionAccess#visible} (a test
     * compares both), with the asker's unit as the parameter {@code :scopeUnit}.
     */
    String visibleTo(Actor user) {
        return switch (user.role()) {
            case DEPARTMENT -> "s.department_unit_id = :scopeUnit";
            case APPRAISER -> "s.status not in ('DRAFT', 'AWAITING_SIGNATURE')";
            case CHAIRMAN_OFFICE -> inStatus(EnumSet.of(SubmissionStatus.AT_CHAIRMAN,
                    SubmissionStatus.DECISION_AWAITING_SIGNATURE, SubmissionStatus.CLOSED));
            case CLERK, ADMIN -> "false";
        };
    }

    /**
     * Home Affairs' specialist presents the appraisal report to the director; the caller has checked that every
     * dossier is appraised. A second presentation at the same moment is told it was done.
     */
    @Transactional
    public SubmissionView presentReport(long id, Actor appraiser) {
        Submission submission = forwardable(id, appraiser);
        if (submission.getStatus() == SubmissionStatus.REPORT_AWAITING_SIGNATURE) {
            throw new AlreadyDoneException("notice.submission.alreadyPresented", label(submission.getStatus().labelKey()));
        }
        submission.presentReport(appraiser, clock.instant());
        repository.saveAndFlush(submission);
        events.publishEvent(new SignOffEvent(SignOffEvent.Step.PRESENTED, id, Role.APPRAISER, appraiser.unitId(),
                "signing.kind.report", submission.getNumber(), null, "/signing/reports/" + id,
                appraiser.username(), appraiser.id(), clock.instant()));
        return submission.view();
    }

    @Transactional
    public SubmissionView recallReport(long id, Actor appraiser) {
        Submission submission = forwardable(id, appraiser);
        submission.recallReport();
        return submission.view();
    }

    /**
     * Home Affairs' director (or a deputy) signs the appraisal report: it is numbered "N/TTr-SNV" in this transaction
     * and the submission goes to the chairman's office; its dossiers move by the caller in the same transaction.
     */
    @Transactional
    public SubmissionView signReport(long id, int readRevision, Actor leader) {
        requireRole(leader, Role.APPRAISER, "signing.sign");
        Signatory signatory = accounts.signatory(leader, Role.APPRAISER);
        Submission submission = forwardable(id, leader);
        if (submission.getStatus() != SubmissionStatus.REPORT_AWAITING_SIGNATURE) {
            throw new ConflictException("error.signing.notPresented");
        }
        FourEyesPolicy.check(submission.getReportSignOff().getPreparedByAccountId(), signatory.accountId());
        if (readRevision != submission.getReportSignOff().getRevision()) {
            throw new ConflictException("error.signing.changed");
        }
        Unit homeAffairs = units.findById(leader.unitId()).orElseThrow();
        String series = "TTr-" + homeAffairs.getCode();
        int seq = numbers.next(series, LocalDate.now(clock).getYear());
        submission.signReportAndForward(readRevision, signatory, DocumentNumbers.format(seq, series), clock.instant());
        repository.saveAndFlush(submission);
        return submission.view();
    }

    @Transactional
    public SubmissionView returnReport(long id, int readRevision, String note, Actor leader) {
        requireRole(leader, Role.APPRAISER, "signing.return");
        Signatory signatory = accounts.signatory(leader, Role.APPRAISER);
        Submission submission = forwardable(id, leader);
        submission.returnReport(readRevision, signatory, note, clock.instant());
        events.publishEvent(new SignOffEvent(SignOffEvent.Step.RETURNED, id, Role.APPRAISER, signatory.unitId(),
                "signing.kind.report", submission.getNumber(), note, "/appraisal/submissions/" + id,
                leader.username(), submission.getReportSignOff().getPreparedByAccountId(), clock.instant()));
        return submission.view();
    }

    /**
     * The submission Home Affairs is about to present or sign, locked until the caller's transaction ends: a second
     * request sent at the same moment waits, then is told it was already forwarded, with the report's number.
     */
    @Transactional
    public SubmissionView lockForForwarding(long id, Actor appraiser) {
        return forwardable(id, appraiser).view();
    }

    private Submission forwardable(long id, Actor appraiser) {
        requireRole(appraiser, Role.APPRAISER, "action.FORWARD_TO_CHAIRMAN");
        Submission submission = access.locked(id, appraiser);
        if (EnumSet.of(SubmissionStatus.AT_CHAIRMAN, SubmissionStatus.DECISION_AWAITING_SIGNATURE, SubmissionStatus.CLOSED)
                .contains(submission.getStatus())) {
            throw new AlreadyDoneException("notice.submission.alreadyForwarded", submission.getAppraisalReportNumber());
        }
        return submission;
    }

    /** Whether the submission's appraisal report waits for a signature (its opinions are then fixed). */
    public boolean reportAwaitingSignature(long id) {
        return repository.findById(id).map(s -> s.getStatus() == SubmissionStatus.REPORT_AWAITING_SIGNATURE).orElse(false);
    }
}
