package vn.gov.sonla.awards.decision.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.sonla.awards.decision.Proposal;

/**
 * A state-level award on its way to the central level: the chairman's letter proposing it ("N/TTr-UBND", numbered
 * at approval) and, once known, the central decision that granted it.
 */
@Entity
@Table(name = "central_proposal")
public class CentralProposal {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    private String number;

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    @Column(name = "central_decision_number")
    private String centralDecisionNumber;

    @Column(name = "central_decision_date")
    private LocalDate centralDecisionDate;

    protected CentralProposal() {
    }

    public CentralProposal(long dossierId, String number, LocalDate proposedOn) {
        this.dossierId = dossierId;
        this.number = number;
        this.proposedOn = proposedOn;
    }

    public void centralAward(String decisionNumber, LocalDate decisionDate) {
        this.centralDecisionNumber = decisionNumber.strip();
        this.centralDecisionDate = decisionDate;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Proposal view() {
        return new Proposal(number, proposedOn, centralDecisionNumber, centralDecisionDate);
    }
}
