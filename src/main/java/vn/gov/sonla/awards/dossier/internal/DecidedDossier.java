package vn.gov.sonla.awards.dossier.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * A dossier as the chairman's office handles it: approved or declined while the office prepares the chairman's
 * answer, with the line its certificate prints; granted by the signed decision or proposed to the central level by
 * the signed letter; and the central level's outcome recorded. The earlier steps are {@link Dossier}'s.
 */
@MappedSuperclass
public abstract class DecidedDossier extends DossierPath {

    /** The line its certificate prints, as the chairman's office wrote it; null: the achievement summary. */
    @Column(name = "award_line")
    private String awardLine;

    /** An award line fits the certificate: at most two lines of at most {@value #AWARD_LINE_WIDTH} characters. */
    public static final int AWARD_LINE_WIDTH = 150;

    protected DecidedDossier() {
    }

    /** Whether the award form that stands is a state-level one, decided by the central level. */
    public abstract boolean isStateLevel();

    /**
     * The chairman's office approves: the award waits for the chairman's signature, which grants a provincial award
     * by the numbered decision or proposes a state-level one to the central level by the numbered letter.
     */
    public void approve(String note, Actor office) {
        guard(DossierAction.APPROVE, office);
        moveTo(DossierStatus.APPROVED, DossierAction.APPROVE, office, optional(note));
    }

    /** The chairman's signed letter ("N/TTr-UBND") proposes the approved state-level award to the central level. */
    public void proposeToCentral(String letterNumber, Actor office) {
        guard(DossierAction.PROPOSE_TO_CENTRAL, office);
        if (!isStateLevel()) {
            throw new ConflictException("error.proposal.notStateLevel");
        }
        moveTo(DossierStatus.PROPOSED_TO_CENTRAL, DossierAction.PROPOSE_TO_CENTRAL, office, letterNumber);
    }

    /**
     * The chairman's office writes the line the certificate prints for the award (at most two lines), while it
     * prepares the decision; blank gives the achievement summary back. The history keeps each line written.
     */
    public void writeAwardLine(String line, Actor office) {
        guard(DossierAction.WRITE_AWARD_LINE, office);
        String written = line == null || line.isBlank() ? null
                : line.strip().replace("\r\n", "\n").lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        if (written != null && (written.lines().count() > 2 || written.lines().anyMatch(l -> l.length() > AWARD_LINE_WIDTH))) {
            throw new ConflictException("error.awardLine.tooLong", AWARD_LINE_WIDTH);
        }
        awardLine = written;
        record(DossierAction.WRITE_AWARD_LINE, office, written);
    }

    public String getAwardLine() {
        return awardLine;
    }


    /** The chairman declines the dossier, with a reason. */
    public void decline(String reason, Actor office) {
        guard(DossierAction.DECLINE, office);
        String lastReason = setBackFor(reason);
        moveTo(DossierStatus.DECLINED, DossierAction.DECLINE, office, lastReason);
    }

    /** The numbered provincial decision grants the approved award. */
    public void grant(String decisionNumber, Actor office) {
        guard(DossierAction.GRANT, office);
        if (isStateLevel()) {
            throw new ConflictException("error.grant.stateLevel");
        }
        moveTo(DossierStatus.GRANTED, DossierAction.GRANT, office, decisionNumber);
    }

    /** The chairman's office records that the central level granted the proposed state-level award. */
    public void recordCentralAward(String centralNumber, LocalDate centralDate, Actor office) {
        guard(DossierAction.RECORD_CENTRAL_AWARD, office);
        if (centralNumber == null || centralNumber.isBlank() || centralDate == null) {
            throw new ConflictException("error.central.decisionRequired");
        }
        moveTo(DossierStatus.CENTRAL_AWARDED, DossierAction.RECORD_CENTRAL_AWARD, office, centralNumber.strip());
    }

    /** The chairman's office records that the central level did not grant the proposed award, and why. */
    public void recordCentralDecline(String reason, Actor office) {
        guard(DossierAction.RECORD_CENTRAL_DECLINE, office);
        String lastReason = setBackFor(reason);
        moveTo(DossierStatus.CENTRAL_DECLINED, DossierAction.RECORD_CENTRAL_DECLINE, office, lastReason);
    }
}
