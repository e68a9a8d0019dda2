package vn.gov.sonla.awards.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.ChairmanSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentDates;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.decision.internal.CentralProposal;
import vn.gov.sonla.awards.decision.internal.CentralProposalRepository;

/**
 * The chairman's answer on each dossier forwarded to the office: approve (a state-level award is proposed to the
 * central level by a numbered letter, kept here) or decline; and, later, what the central level decided.
 */
@Service
public class Approvals {

    /** The series of the chairman's letters proposing state-level awards to the central level. */
    public static final String PROPOSAL_SERIES = "TTr-UBND";

    private final ChairmanSteps steps;
    private final CentralProposalRepository proposals;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final Dossiers dossiers;
    private final DocumentDates dates;

    Approvals(ChairmanSteps steps, CentralProposalRepository proposals, DocumentNumbers numbers, Clock clock,
              Dossiers dossiers, DocumentDates dates) {
        this.dossiers = dossiers;
        this.dates = dates;
        this.steps = steps;
        this.proposals = proposals;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * The chairman approves; a state-level award gets the next "N/TTr-UBND" proposal number of the year in this
     * transaction (a refused or rolled-back approval gives the number back).
     */
    @Transactional
    public void approve(long dossierId, long version, String note, Actor office) {
        if (!steps.isStateLevel(dossierId, office)) {
            steps.approve(dossierId, version, note, null, office);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String number = DocumentNumbers.format(numbers.next(PROPOSAL_SERIES, today.getYear()), PROPOSAL_SERIES);
        steps.approve(dossierId, version, note, number, office);
        proposals.save(new CentralProposal(dossierId, number, today));
    }

    @Transactional
    public void decline(long dossierId, long version, String reason, Actor office) {
        steps.decline(dossierId, version, reason, office);
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

    /** The chairman's office records that the central level did not grant the proposed award, and why. */
    @Transactional
    public void recordCentralDecline(long dossierId, long version, String reason, Actor office) {
        steps.recordCentralDecline(dossierId, version, reason, office);
    }

    /** The letter to the central level and its outcome, if the dossier was proposed. */
    @Transactional(readOnly = true)
    public Optional<Proposal> proposalOf(long dossierId) {
        return proposals.findById(dossierId).map(CentralProposal::view);
    }
}
