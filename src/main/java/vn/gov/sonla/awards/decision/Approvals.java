package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.appraisal.Opinion;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.ChairmanSteps;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierSelection;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentDates;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.decision.internal.CentralProposal;
import vn.gov.sonla.awards.decision.internal.CentralProposalRepository;

/**
 * The chairman's answer on each dossier forwarded to the office: approve or decline while the office prepares it, the
 * letter proposing the state-level awards when the chairman signs (kept here), and later what the central level
 * decided.
 */
@Service
public class Approvals {

    /** The series of the chairman's letters proposing state-level awards to the central level. */
    public static final String PROPOSAL_SERIES = "TTr-UBND";

    private final ChairmanSteps steps;
    private final CentralProposalRepository proposals;
    private final DocumentNumbers numbers;
    private final Dossiers dossiers;
    private final DocumentDates dates;
    private final ChairmanSignOff signOff;
    private final Accounts accounts;
    private final Appraisals appraisals;

    Approvals(ChairmanSteps steps, CentralProposalRepository proposals, DocumentNumbers numbers,
              Dossiers dossiers, DocumentDates dates, ChairmanSignOff signOff, Accounts accounts, Appraisals appraisals) {
        this.appraisals = appraisals;
        this.signOff = signOff;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.dates = dates;
        this.steps = steps;
        this.proposals = proposals;
        this.numbers = numbers;
    }

    /**
     * The chairman's office approves a row of its answer: the award waits for the chairman's signature. Refused while
     * the answer waits for the signature (the office recalls it to change a row).
     */
    @Transactional
    public void approve(long dossierId, long version, String note, Actor office) {
        refuseWhilePresented(dossierId, office);
        steps.approve(dossierId, version, note, office);
    }

    /**
     * The chairman's office approves each chosen dossier of a submission, with one note (or none), each through the
     * same step as on its own, in one transaction: those ticked, or with {@code allEndorsed} every one the page showed
     * waiting that Home Affairs endorsed. When any of them cannot be (changed since the page showed it — {@code shown}
     * holds the versions the page showed —, no longer in the submission, or not waiting for the answer), none is
     * approved and each is named; when all of them are approved already (the same request sent again), that is said.
     * Refused, as one by one, while the answer waits for the signature.
     *
     * @return how many were approved
     */
    @Transactional
    public int approveAll(long submissionId, Collection<Long> ticked, boolean allEndorsed, Map<Long, Long> shown,
                          String note, Actor office) {
        if (signOff.awaitingSignature(submissionId) && !accounts.isLeader(office.id())) {
            throw new ConflictException(ANSWER_AWAITING_SIGNATURE);
        }
        List<DossierView> inSubmission = dossiers.inSubmission(office, submissionId);
        Map<Long, DossierView> byId = inSubmission.stream().collect(Collectors.toMap(DossierView::id, d -> d));
        Collection<Long> asked = allEndorsed ? endorsedAmong(inSubmission, shown.keySet()) : ticked;
        if (allApproved(asked, byId)) {
            // the same request sent again (a double-click, a page sent back): what it asked for is done
            throw new AlreadyDoneException("notice.dossier.alreadyApprovedMany", asked.size());
        }
        Collection<Long> chosen = allEndorsed
                ? asked.stream().filter(id -> byId.get(id).status() == DossierStatus.AT_CHAIRMAN).toList() : asked;
        Map<Long, Long> versions = DossierSelection.toStep(inSubmission, chosen, shown, DossierAction.APPROVE,
                "error.approveSelected.refused");
        return steps.approveAll(versions, note, office);
    }

    /**
     * How many dossiers {@link #approveAll} was asked to approve, if all of them are approved now (otherwise 0): after
     * it was refused because the dossiers changed meanwhile, the same request sent twice at once finds the other's result.
     */
    @Transactional(readOnly = true)
    public int approvedAlready(long submissionId, Collection<Long> ticked, boolean allEndorsed, Set<Long> shown,
                               Actor office) {
        List<DossierView> inSubmission = dossiers.inSubmission(office, submissionId);
        Collection<Long> asked = allEndorsed ? endorsedAmong(inSubmission, shown) : ticked;
        return allApproved(asked, inSubmission.stream().collect(Collectors.toMap(DossierView::id, d -> d)))
                ? asked.size() : 0;
    }

    private static boolean allApproved(Collection<Long> asked, Map<Long, DossierView> inSubmission) {
        return !asked.isEmpty() && asked.stream().allMatch(id -> inSubmission.containsKey(id)
                && inSubmission.get(id).status() == DossierStatus.APPROVED);
    }

    /** The dossiers of the submission the page showed (in {@code shown}) that Home Affairs endorsed. */
    private List<Long> endorsedAmong(List<DossierView> inSubmission, Set<Long> shown) {
        List<Long> ids = inSubmission.stream().map(DossierView::id).filter(shown::contains).toList();
        Map<Long, Opinion> opinions = appraisals.opinionsOf(ids);
        return ids.stream().filter(id -> opinions.containsKey(id) && opinions.get(id).endorsed()).toList();
    }

    /**
     * The office declines a row while preparing the answer, or the chairman (a vice-chairman) declines an approved row
     * before signing; the specialist may not change a presented answer.
     */
    @Transactional
    public void decline(long dossierId, long version, String reason, Actor office) {
        refuseWhilePresented(dossierId, office);
        steps.decline(dossierId, version, reason, office);
    }

    /**
     * The office writes the line the award's certificate prints, while it prepares the decision; refused while the
     * decision waits for the signature, as every change of a row is.
     */
    @Transactional
    public void writeAwardLine(long dossierId, long version, String line, Actor office) {
        refuseWhilePresented(dossierId, office);
        steps.writeAwardLine(dossierId, version, line, office);
    }

    private void refuseWhilePresented(long dossierId, Actor office) {
        if (answerLocked(dossierId, office)) {
            throw new ConflictException(ANSWER_AWAITING_SIGNATURE);
        }
    }

    /** Why the office's specialist may not change a row of a presented answer. */
    static final String ANSWER_AWAITING_SIGNATURE = "error.signing.answerAwaitingSignature";

    /**
     * Whether the answer holding the dossier waits for the leader's signature, so that this person (not a leader) may
     * not change the dossier's row: approve, decline or write its award line.
     */
    @Transactional(readOnly = true)
    public boolean answerLocked(long dossierId, Actor office) {
        Long submissionId = dossiers.view(dossierId, office).submissionId();
        return submissionId != null && signOff.awaitingSignature(submissionId) && !accounts.isLeader(office.id());
    }

    /**
     * The chairman's signed letter ("N/TTr-UBND", the next of its year, taken in the caller's transaction) proposes the
     * approved state-level awards to the central level; returns its number.
     */
    @Transactional
    public String propose(List<Long> stateLevelDossierIds, LocalDate date, Actor leader) {
        String number = DocumentNumbers.format(numbers.next(PROPOSAL_SERIES, date.getYear()), PROPOSAL_SERIES);
        steps.proposeAllToCentral(stateLevelDossierIds, number, leader);
        for (long id : stateLevelDossierIds) {
            proposals.save(new CentralProposal(id, number, date));
        }
        return number;
    }

    /** The days the central decision on the dossier may bear: from its campaign's start to today. */
    @Transactional(readOnly = true)
    public DocumentDates.Range centralDecisionDates(long dossierId, Actor office) {
        return dates.range(dossiers.view(dossierId, office).campaign().startsOn());
    }

    /** The chairman's office records that the central level granted the proposed award, by its decision. */
    @Transactional
    public void recordCentralAward(long dossierId, long version, String number, LocalDate date, Actor office) {
        steps.recordCentralAward(dossierId, version, number, date, office);
        centralDecisionDates(dossierId, office).require(date);
        CentralProposal proposal = proposals.findById(dossierId)
                .orElseGet(() -> new CentralProposal(dossierId, null, null));
        proposal.centralAward(number, date);
        proposals.save(proposal);
    }

    /** The dossier whose central outcome the office is about to record; 404, 403 or 409 as recording it would be. */
    @Transactional(readOnly = true)
    public DossierView beforeCentralOutcome(long dossierId, Actor office) {
        return steps.beforeCentralOutcome(dossierId, office);
    }

    /** The chairman's office records that the central level did not grant the proposed award, and why. */
    @Transactional
    public void recordCentralDecline(long dossierId, long version, String reason, Actor office) {
        steps.recordCentralDecline(dossierId, version, reason, office);
    }

    /** The dossiers a letter to the central level proposed. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> proposedBy(String letterNumber, LocalDate date) {
        return proposals.findByNumberAndProposedOn(letterNumber, date).stream().map(CentralProposal::getDossierId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The letter to the central level and its outcome, if the dossier was proposed. */
    @Transactional(readOnly = true)
    public Optional<Proposal> proposalOf(long dossierId) {
        return proposals.findById(dossierId).map(CentralProposal::view);
    }
}
