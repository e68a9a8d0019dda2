package vn.gov.sonla.awards.decision;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.ChairmanSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentDates;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.prize.PrizeMoney;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.decision.internal.AwardDecision;
import vn.gov.sonla.awards.decision.internal.AwardDecisionRepository;
import vn.gov.sonla.awards.decision.internal.Certificate;
import vn.gov.sonla.awards.decision.internal.CertificateRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * The chairman's decision on a submission: the chairman's office prepares it (every dossier approved or declined, the
 * date, who is to sign) and the chairman or a vice-chairman signs it; at the signature the approved provincial awards
 * are granted by one decision numbered per year ("N/QĐ-UBND"), each with its certificate, and the submission closes. The chairman's office later publishes the decision on the public honour roll.
 */
@Service
public class Decisions {

    static final String SERIES = "QĐ-UBND";

    private final AwardDecisionRepository repository;
    private final CertificateRepository certificates;
    private final Submissions submissions;
    private final Dossiers dossiers;
    private final ChairmanSteps steps;
    private final DocumentNumbers numbers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DocumentDates dates;
    private final PrizeMoney prizes;
    private final ChairmanSignOff signOff;
    private final Approvals approvals;
    private final Accounts accounts;

    Decisions(AwardDecisionRepository repository, CertificateRepository certificates, Submissions submissions,
              Dossiers dossiers, ChairmanSteps steps, DocumentNumbers numbers, JdbcClient jdbc, Clock clock,
              DocumentDates dates, PrizeMoney prizes, ChairmanSignOff signOff, Approvals approvals, Accounts accounts) {
        this.signOff = signOff;
        this.approvals = approvals;
        this.accounts = accounts;
        this.dates = dates;
        this.prizes = prizes;
        this.steps = steps;
        this.clock = clock;
        this.repository = repository;
        this.certificates = certificates;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.numbers = numbers;
        this.jdbc = jdbc;
    }

    /**
     * The chairman's office presents its answer on the submission to the leader it names (Trình ký): every dossier
     * approved or declined, the date the decision is to bear (within {@link #decisionDates}). Nothing is numbered yet.
     */
    @Transactional
    public SubmissionView present(long submissionId, LocalDate issuedOn, long signerAccountId, Actor office) {
        if (!office.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("error.forbidden.action", label("decision.present"));
        }
        SubmissionView submission = signOff.lock(submissionId, office);
        if (submission.status() == SubmissionStatus.AT_CHAIRMAN) {
            List<DossierView> inSubmission = dossiers.inSubmission(office, submissionId);
            requireAllDecided(inSubmission);
            datesOf(inSubmission).require(issuedOn);
        }
        return signOff.present(submissionId, issuedOn, signerAccountId, office);
    }

    private static void requireAllDecided(List<DossierView> inSubmission) {
        long undecided = inSubmission.stream().filter(d -> d.status() == DossierStatus.AT_CHAIRMAN).count();
        if (undecided > 0) {
            throw new ConflictException("error.submission.notAllDecided", undecided);
        }
    }

    /**
     * The chairman or a vice-chairman signs the presentation they read (Ký ban hành): in this transaction the approved
     * provincial awards are granted by the next "N/QĐ-UBND" of the year, each with its certificate and its prize
     * money frozen, the approved state-level awards are proposed by the next "N/TTr-UBND", and the submission closes.
     * The signer and the signature block come from the leader's account. Refused, before any number is taken, to a
     * specialist, to whoever presented it (four eyes) and when the office presented it again since the leader read
     * it. Two leaders signing at once: the second waits for the first and is told the number it was signed under.
     */
    @Transactional
    public Signed sign(long submissionId, int readRevision, Actor leader) {
        Signatory signatory = accounts.signatory(leader, Role.CHAIRMAN_OFFICE);
        SubmissionView submission = signOff.lock(submissionId, leader);
        if (submission.status() == SubmissionStatus.CLOSED) {
            throw repository.findBySubmissionId(submissionId).stream().filter(d -> !d.isCorrection()).findFirst()
                    .map(d -> new AlreadyDoneException("notice.decision.alreadyIssued", d.getNumber()))
                    .orElseGet(() -> new AlreadyDoneException("notice.submission.alreadyClosed"));
        }
        signOff.checkSignable(submissionId, readRevision, signatory, leader);
        List<DossierView> inSubmission = dossiers.inSubmission(leader, submissionId);
        requireAllDecided(inSubmission);
        List<DossierView> approved = inSubmission.stream().filter(d -> d.status() == DossierStatus.APPROVED).toList();
        List<DossierView> provincial = approved.stream().filter(d -> !d.stateLevel()).toList();
        List<DossierView> stateLevel = approved.stream().filter(DossierView::stateLevel).toList();
        LocalDate issuedOn = submission.decisionDate();
        if (!approved.isEmpty()) {
            datesOf(inSubmission).require(issuedOn);
        }
        DecisionView decision = provincial.isEmpty() ? null : grant(submissionId, provincial, issuedOn, signatory, leader);
        String letter = stateLevel.isEmpty() ? null
                : approvals.propose(stateLevel.stream().map(DossierView::id).toList(), issuedOn, leader);
        signOff.markSigned(submissionId, readRevision, signatory, letter, leader);
        return new Signed(Optional.ofNullable(decision), Optional.ofNullable(letter));
    }

    /** What a signature issued: the decision granting the provincial awards, the letter proposing the state-level ones. */
    public record Signed(Optional<DecisionView> decision, Optional<String> letterNumber) {
    }

    private DecisionView grant(long submissionId, List<DossierView> provincial, LocalDate issuedOn, Signatory signatory,
                               Actor leader) {
        int year = issuedOn.getYear();
        int seq = numbers.next(SERIES, year);
        AwardDecision decision = repository.save(new AwardDecision(year, seq, DocumentNumbers.format(seq, SERIES),
                issuedOn, signatory, submissionId, leader.username(), clock.instant()));
        List<Long> ids = provincial.stream().map(DossierView::id).toList();
        // the certificates name the decision that grants the awards: written first, so that the copies frozen at the
        // grant have the decision
        issueCertificates(ids, decision.getId());
        steps.grantAll(ids, decision.getNumber(), leader);
        // the prize money of each award, at the decision's date, frozen with the decision it is issued in
        prizes.freeze(decision.getId(), issuedOn, provincial.stream()
                .map(d -> new PrizeMoney.Award(d.id(), d.effectiveAwardForm().getId(), d.nomineeType())).toList());
        return decision.view();
    }

    /**
     * Presents and signs at once, by two accounts: for the demo data and tests that need a decided submission. Empty
     * when no provincial award was approved.
     */
    @Transactional
    public Optional<DecisionView> issue(long submissionId, LocalDate issuedOn, Actor office, Actor leader) {
        SubmissionView presented = present(submissionId, issuedOn, leader.id(), office);
        return sign(submissionId, presented.decisionSignOff().revision(), leader).decision();
    }

    /** The blank of a number before the leader signs ("     /QĐ-UBND"): the number is taken at signature. */
    static final String UNNUMBERED = "\u2003\u2003/";

    /**
     * The chairman's answer as the leader about to sign reads it, with no number and no signature yet: the decision
     * granting the approved provincial awards, the letter proposing the approved state-level ones. Only while the
     * office prepares it or it waits for the signature; afterwards the issued documents stand (404).
     */
    @Transactional(readOnly = true)
    public Draft draft(long submissionId, Actor user) {
        SubmissionView submission = submissions.get(submissionId, user);
        if (submission.status() != SubmissionStatus.AT_CHAIRMAN
                && submission.status() != SubmissionStatus.DECISION_AWAITING_SIGNATURE) {
            throw new NotFoundException("draft decision of submission " + submissionId);
        }
        LocalDate date = submission.decisionDate() != null && submission.status() == SubmissionStatus.DECISION_AWAITING_SIGNATURE
                ? submission.decisionDate() : LocalDate.now(clock);
        List<DossierView> approved = dossiers.inSubmission(user, submissionId).stream()
                .filter(d -> d.status() == DossierStatus.APPROVED).toList();
        DecisionView decision = new DecisionView(0, date.getYear(), UNNUMBERED + SERIES, date, null, null, submissionId,
                null, null);
        return new Draft(submission, decision, approved.stream().filter(d -> !d.stateLevel()).toList(),
                approved.stream().filter(DossierView::stateLevel).toList(), UNNUMBERED + Approvals.PROPOSAL_SERIES);
    }

    /** The unsigned answer: the decision with the provincial awards it will grant, the letter with the state-level ones. */
    public record Draft(SubmissionView submission, DecisionView decision, List<DossierView> provincial,
                        List<DossierView> stateLevel, String letterNumber) {
    }

    /**
     * The chairman's letter proposing the submission's state-level awards to the central level: as signed (its number,
     * date and signer) once the chairman signed, or as the draft the leader reads; 404 when it has none.
     */
    @Transactional(readOnly = true)
    public Letter letter(long submissionId, Actor user) {
        SubmissionView submission = submissions.get(submissionId, user);
        if (submission.proposalLetterNumber() != null) {
            java.util.Set<Long> proposed = approvals.proposedBy(submission.proposalLetterNumber(),
                    submission.decisionDate());
            return new Letter(submission, submission.proposalLetterNumber(), submission.decisionDate(),
                    dossiers.inSubmission(user, submissionId).stream().filter(d -> proposed.contains(d.id())).toList());
        }
        Draft draft = draft(submissionId, user);
        if (draft.stateLevel().isEmpty()) {
            throw new NotFoundException("letter of submission " + submissionId);
        }
        return new Letter(submission, draft.letterNumber(), draft.decision().issuedOn(), draft.stateLevel());
    }

    /** The letter to the central level: its number (a blank before signature), date, and the awards it proposes. */
    public record Letter(SubmissionView submission, String number, LocalDate date, List<DossierView> proposed) {

        public boolean isSigned() {
            return submission.decisionSignOff().signed();
        }
    }

    /** The days the decision of the submission may bear: from its campaign's start to today (the README says how). */
    @Transactional(readOnly = true)
    public DocumentDates.Range decisionDates(long submissionId, Actor user) {
        return datesOf(dossiers.inSubmission(user, submissionId));
    }

    /** The days a correction of the decision may bear: as its decision's, and not before the decision itself. */
    @Transactional(readOnly = true)
    public DocumentDates.Range correctionDates(DecisionView corrected, Actor user) {
        return decisionDates(corrected.submissionId(), user).notBefore(corrected.issuedOn());
    }

    /** A decision grants awards of every campaign of its dossiers: it is not dated before the latest one began. */
    private DocumentDates.Range datesOf(List<DossierView> inSubmission) {
        return dates.range(inSubmission.stream().map(d -> d.campaign().startsOn()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null));
    }

    /** The decisions correcting this one, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionView> correctionsOf(long decisionId) {
        return repository.findByCorrectsDecisionIdOrderById(decisionId).stream().map(AwardDecision::view).toList();
    }

    /** An issued decision, for whoever may see its submission (the department, Home Affairs, the office); else 404. */
    @Transactional(readOnly = true)
    public DecisionView get(long decisionId, Actor user) {
        return find(decisionId, user).view();
    }

    private AwardDecision find(long decisionId, Actor user) {
        AwardDecision decision = repository.findById(decisionId)
                .orElseThrow(() -> new NotFoundException("decision " + decisionId));
        submissions.get(decision.getSubmissionId(), user);
        return decision;
    }

    /** The submission a decision answers (its appraisal report is the decision's "Tờ trình số …"). */
    @Transactional(readOnly = true)
    public SubmissionView submissionOf(DecisionView decision, Actor user) {
        return submissions.get(decision.submissionId(), user);
    }

    /** The dossiers the decision granted, individuals first, as the asker may see them. */
    @Transactional(readOnly = true)
    public List<DossierView> granted(DecisionView decision, Actor user) {
        java.util.Set<Long> granted = certificates.findByDecisionId(decision.id()).stream()
                .map(Certificate::getDossierId).collect(java.util.stream.Collectors.toSet());
        return dossiers.inSubmission(user, decision.submissionId()).stream()
                .filter(d -> granted.contains(d.id())).toList();
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificates(DecisionView decision) {
        return certificates.findByDecisionId(decision.id());
    }

    /**
     * The decision that granted the dossier's award, if one did. Not scoped: for the dossier's own page and
     * certificate, which whoever may see the dossier may see.
     */
    @Transactional(readOnly = true)
    public Optional<Grant> grantOf(long dossierId) {
        return certificates.findByDossierId(dossierId)
                .flatMap(c -> repository.findById(c.getDecisionId()))
                .map(AwardDecision::view)
                .map(d -> new Grant(d.id(), d.number(), d.issuedOn(), d.signerAuthorityLines(), d.signerName()));
    }

    /**
     * The number and date of the decisions that granted these dossiers' awards, by dossier id (those not granted are
     * left out), in one statement: the facts the dossiers' frozen copies keep.
     */
    public Map<Long, NumberAndDate> grantsOf(Collection<Long> dossierIds) {
        Map<Long, NumberAndDate> byDossier = new HashMap<>();
        jdbc.sql("""
                select c.dossier_id, d.number, d.issued_on
                  from certificate c join award_decision d on d.id = c.decision_id
                 where c.dossier_id = any(:ids)""")
                .param("ids", new SqlArrayValue("bigint", dossierIds.toArray()))
                .query(rs -> {
                    byDossier.put(rs.getLong(1), new NumberAndDate(rs.getString(2), rs.getDate(3).toLocalDate()));
                });
        return byDossier;
    }

    /** A certificate, with its new code, for each of these dossiers granted by the decision, in one statement. */
    private void issueCertificates(List<Long> dossierIds, long decisionId) {
        jdbc.sql("""
                insert into certificate (dossier_id, decision_id, code, created_at)
                select dossier_id, :decision, code, :at from unnest(:dossiers, :codes) as c(dossier_id, code)""")
                .param("decision", decisionId)
                .param("at", Timestamp.from(clock.instant()))
                .param("dossiers", new SqlArrayValue("bigint", dossierIds.toArray()))
                .param("codes", new SqlArrayValue("varchar", dossierIds.stream().map(id -> Certificate.newCode()).toArray()))
                .update();
    }

    /** A decision's number and the day it was issued. */
    public record NumberAndDate(String number, LocalDate issuedOn) {
    }

    /** The certificate of one granted dossier, if the asker may see the dossier; else 404. */
    @Transactional(readOnly = true)
    public Certificate certificateOf(long dossierId, Actor user) {
        dossiers.view(dossierId, user);
        return certificates.findByDossierId(dossierId)
                .orElseThrow(() -> new NotFoundException("certificate of dossier " + dossierId));
    }

    /**
     * The chairman's office publishes the decision on the public honour roll, once; who and when are recorded.
     * Two offices publishing at the same moment: one wins, the other is told it is already published.
     */
    @Transactional
    public void publish(long decisionId, Actor office) {
        if (!office.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("error.forbidden.action", label("action.PUBLISH"));
        }
        if (get(decisionId, office).isCorrection()) {
            // a correction lists no awards of its own: the honour roll shows the decision it corrects
            throw new ConflictException("error.correction.notPublished");
        }
        int inserted = jdbc.sql("""
                insert into decision_publication (decision_id, published_at, published_by, publisher_name)
                values (:decision, :at, :by, :name) on conflict (decision_id) do nothing
                """)
                .param("decision", decisionId)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", office.username())
                .param("name", office.fullName())
                .update();
        if (inserted == 0) {
            throw new ConflictException("error.decision.alreadyPublished");
        }
    }

    /** When and by whom the decision was published; empty while it is not public. */
    @Transactional(readOnly = true)
    public Optional<Publication> publication(long decisionId) {
        return jdbc.sql("select published_at, publisher_name from decision_publication where decision_id = ?")
                .param(decisionId)
                .query((rs, n) -> new Publication(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<DecisionView> ofSubmission(long submissionId) {
        return repository.findBySubmissionId(submissionId).stream().map(AwardDecision::view).toList();
    }

    @Transactional(readOnly = true)
    public List<DecisionView> recent() {
        return repository.findTop20ByOrderByIdDesc().stream().map(AwardDecision::view).toList();
    }

    /** The publication of a decision on the honour roll. */
    public record Publication(Instant publishedAt, String publisherName) {
    }
}
