package vn.gov.sonla.awards.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.gov.sonla.awards.account.Role;

import static vn.gov.sonla.awards.dossier.DossierStatus.*;

/**
 * A step someone takes on a dossier: which role takes it and from which stages. The history records
 * each step taken; {@link DossierPolicy} answers whether a given person may take it now.
 */
public enum DossierAction {
    CREATE(Role.CLERK, EnumSet.noneOf(DossierStatus.class)),
    EDIT(Role.CLERK, EnumSet.of(DRAFT, RETURNED)),
    ATTACH(Role.CLERK, EnumSet.of(DRAFT, RETURNED)),
    DETACH(Role.CLERK, EnumSet.of(DRAFT, RETURNED)),
    /** The clerk of a unit whose head signs sends a finished dossier to the head (Trình thủ trưởng đơn vị). */
    PRESENT_TO_UNIT_HEAD(Role.CLERK, EnumSet.of(DRAFT, RETURNED)),
    /** Sent to the compiling department: by the clerk, or by the unit's head where the head signs. */
    SUBMIT(Role.CLERK, EnumSet.of(DRAFT, RETURNED, AT_UNIT_HEAD)),
    /** The unit's head gives the dossier back to the clerk with a note. */
    RETURN_TO_CLERK(Role.CLERK, EnumSet.of(AT_UNIT_HEAD)),
    WITHDRAW(Role.CLERK, EnumSet.of(SUBMITTED)),
    CLAIM(Role.DEPARTMENT, EnumSet.of(SUBMITTED)),
    TAKE_OVER(Role.DEPARTMENT, EnumSet.of(SUBMITTED)),
    ACCEPT(Role.DEPARTMENT, EnumSet.of(SUBMITTED)),
    RETURN(Role.DEPARTMENT, EnumSet.of(SUBMITTED)),
    REJECT(Role.DEPARTMENT, EnumSet.of(SUBMITTED)),
    SEND_TO_HOME_AFFAIRS(Role.DEPARTMENT, EnumSet.of(ACCEPTED)),
    APPRAISE(Role.APPRAISER, EnumSet.of(AT_HOME_AFFAIRS, APPRAISED)),
    FORWARD_TO_CHAIRMAN(Role.APPRAISER, EnumSet.of(APPRAISED)),
    /** Home Affairs takes a dossier out of its submission and sends it back to the compiling department. */
    RETURN_TO_DEPARTMENT(Role.APPRAISER, EnumSet.of(AT_HOME_AFFAIRS, APPRAISED)),
    APPROVE(Role.CHAIRMAN_OFFICE, EnumSet.of(AT_CHAIRMAN)),
    /** The office declines a row while preparing the answer; the signer may decline an approved row before signing. */
    DECLINE(Role.CHAIRMAN_OFFICE, EnumSet.of(AT_CHAIRMAN, APPROVED)),
    /** The office writes the line the award's certificate prints, while it prepares the decision. */
    WRITE_AWARD_LINE(Role.CHAIRMAN_OFFICE, EnumSet.of(AT_CHAIRMAN, APPROVED)),
    /** The signed decision grants an approved provincial award. */
    GRANT(Role.CHAIRMAN_OFFICE, EnumSet.of(APPROVED)),
    /** The signed letter proposes an approved state-level award to the central level. */
    PROPOSE_TO_CENTRAL(Role.CHAIRMAN_OFFICE, EnumSet.of(APPROVED)),
    RECORD_CENTRAL_AWARD(Role.CHAIRMAN_OFFICE, EnumSet.of(PROPOSED_TO_CENTRAL)),
    RECORD_CENTRAL_DECLINE(Role.CHAIRMAN_OFFICE, EnumSet.of(PROPOSED_TO_CENTRAL)),
    /**
     * Not a step: staff outside the dossier's unit opened its page (its personal data). Recorded in the
     * history for the audit trail; no role may "take" it, so the policy never allows it.
     */
    VIEW(null, EnumSet.noneOf(DossierStatus.class));

    private final Role role;
    private final Set<DossierStatus> from;

    DossierAction(Role role, Set<DossierStatus> from) {
        this.role = role;
        this.from = from;
    }

    public Role role() {
        return role;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    public String labelKey() {
        return "action." + name();
    }
}
