package vn.gov.sonla.awards.decision;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
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
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.decision.internal.AwardDecision;
import vn.gov.sonla.awards.decision.internal.AwardDecisionRepository;
import vn.gov.sonla.awards.decision.internal.Certificate;
import vn.gov.sonla.awards.decision.internal.CertificateRepository;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * The chairman's decision on a submission: once every dossier is approved or declined, the approved
 * provincial awards are granted by one decision numbered per year ("N/QĐ-UBND"), each with its certificate, and
 * the submission closes. The chairman's office later publishes the decision on the public honour roll.
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

    Decisions(AwardDecisionRepository repository, CertificateRepository certificates, Submissions submissions,
              Dossiers dossiers, ChairmanSteps steps, DocumentNumbers numbers, JdbcClient jdbc, Clock clock,
              DocumentDates dates) {
        this.dates = dates;
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
     * Issues the decision; empty when no provincial award was approved (nothing to grant). Its date must be within
     * {@link #decisionDates}; a refused date takes no number. The submission is locked first, so the same decision
     * asked for several times at once is issued once: the others are told its number.
     */
    @Transactional
    public Optional<DecisionView> issue(long submissionId, LocalDate issuedOn, String signerName, Actor office) {
        SubmissionView submission = submissions.lockForDecision(submissionId, office);
        if (submission.status() == SubmissionStatus.CLOSED) {
            throw repository.findBySubmissionId(submissionId).stream().filter(d -> !d.isCorrection()).findFirst()
                    .map(d -> new AlreadyDoneException("notice.decision.alreadyIssued", d.getNumber()))
                    .orElseGet(() -> new AlreadyDoneException("notice.submission.alreadyClosed"));
        }
        submissions.markClosed(submissionId, office);
        List<DossierView> inSubmission = dossiers.inSubmission(office, submissionId);
        long undecided = inSubmission.stream().filter(d -> d.status() == DossierStatus.AT_CHAIRMAN).count();
        if (undecided > 0) {
            throw new ConflictException("error.submission.notAllDecided", undecided);
        }
        List<DossierView> approved = inSubmission.stream().filter(d -> d.status() == DossierStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        datesOf(inSubmission).require(issuedOn);
        int year = issuedOn.getYear();
        int seq = numbers.next(SERIES, year);
        AwardDecision decision = repository.save(new AwardDecision(year, seq, DocumentNumbers.format(seq, SERIES),
                issuedOn, signerName.strip(), submissionId, office.username(), clock.instant()));
        for (DossierView d : approved) {
            // the certificate names the decision that grants the award: written first, so that the copy frozen
            // at the grant has the decision
            certificates.save(Certificate.of(d.id(), decision.getId(), clock.instant()));
            steps.grant(d.id(), decision.getNumber(), office);
        }
        return Optional.of(decision.view());
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

    /**
     * Issues a decision correcting an issued one: the next "N/QĐ-UBND" of its year, in this transaction, naming
     * the corrected decision and what it corrects. The corrected decision stays as it was (it is immutable); the
     * awards it granted are not changed by the correction. The same request ({@code requestKey}) sent again or several
     * times at once gives the one correction it issued: corrections of a decision are issued one at a time.
     */
    @Transactional
    public DecisionView correct(long decisionId, LocalDate issuedOn, String signerName, String reason, UUID requestKey,
                                 Actor office) {
        if (!office.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("error.forbidden.action", label("decision.correction.action"));
        }
        AwardDecision corrected = find(decisionId, office);
        if (reason == null || reason.isBlank()) {
            throw new ConflictException("error.reason.required");
        }
        jdbc.sql("select id from award_decision where id = ? for update").param(decisionId).query(Long.class).single();
        Optional<AwardDecision> issued = requestKey == null ? Optional.empty() : repository.findByRequestKey(requestKey);
        if (issued.isPresent() && Objects.equals(issued.get().getCorrectsDecisionId(), corrected.getId())) {
            return issued.get().view();
        }
        // a key that issued something else is not this request's: the correction is issued without one
        UUID key = issued.isPresent() ? null : requestKey;
        if (issuedOn.isBefore(corrected.getIssuedOn())) {
            throw new ConflictException("error.correction.beforeCorrected");
        }
        correctionDates(corrected.view(), office).require(issuedOn);
        int seq = numbers.next(SERIES, issuedOn.getYear());
        return repository.save(AwardDecision.correcting(corrected, issuedOn.getYear(), seq, DocumentNumbers.format(seq, SERIES),
                issuedOn, signerName.strip(), reason.strip(), key, office.username(), clock.instant())).view();
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
                .map(d -> new Grant(d.getId(), d.getNumber(), d.getIssuedOn()));
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
