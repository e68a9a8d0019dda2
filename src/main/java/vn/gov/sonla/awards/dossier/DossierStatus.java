package vn.gov.sonla.awards.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stage of a dossier on the path of plan 215 (sections III.3.1 and IV):
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED ──send (in a numbered submission)──▶ AT_HOME_AFFAIRS
 *   ▲                 │   │ └──withdraw──▶ WITHDRAWN                                     │ appraise
 *   └──── RETURNED ◀──┘   └──reject──▶ REJECTED                                          ▼
 *        (resubmit)  return                                                           APPRAISED
 *                                                                                         │ forward
 *  GRANTED ◀──decision── APPROVED ◀──approve (provincial)── AT_CHAIRMAN ◀──────────────────┘
 *  PROPOSED_TO_CENTRAL ◀──approve (state level)──┘   └──decline──▶ DECLINED
 *    ├──central award recorded──▶ CENTRAL_AWARDED
 *    └──central decline recorded──▶ CENTRAL_DECLINED
 * </pre>
 *
 * Only {@link Dossier} moves a dossier between stages.
 */
public enum DossierStatus {
    /** Being written by the unit clerk; nobody else sees it. */
    DRAFT,
    /** At the compiling department of its campaign, waiting for review. */
    SUBMITTED,
    /** Sent back to the unit for supplementation, with the department's reason. */
    RETURNED,
    /** Refused by the compiling department. Final. */
    REJECTED,
    /** Taken back by the unit before the department acted. Final. */
    WITHDRAWN,
    /** Accepted by the compiling department, waiting to be compiled into a submission. */
    ACCEPTED,
    /** Part of a numbered submission at the Department of Home Affairs. */
    AT_HOME_AFFAIRS,
    /** Appraised by Home Affairs (endorsed or not), waiting for the submission to be forwarded. */
    APPRAISED,
    /** Forwarded to the chairman's office for decision. */
    AT_CHAIRMAN,
    /** Approved by the chairman for a provincial award; the numbered decision is still to be issued. */
    APPROVED,
    /** Declined by the chairman. Final. */
    DECLINED,
    /** A provincial award granted by a numbered decision. Final. */
    GRANTED,
    /** A state-level award the chairman approved proposing to the central level. */
    PROPOSED_TO_CENTRAL,
    /** The central level granted the state-level award; its decision number and date are recorded. Final. */
    CENTRAL_AWARDED,
    /** The central level did not grant the state-level award; the reason is recorded. Final. */
    CENTRAL_DECLINED;

    /** Stages in which the clerk may still change the dossier. */
    public static final Set<DossierStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    /** Stages a dossier reaches once the chairman's office has it. */
    public static final Set<DossierStatus> AT_OR_AFTER_CHAIRMAN =
            EnumSet.of(AT_CHAIRMAN, APPROVED, DECLINED, GRANTED, PROPOSED_TO_CENTRAL, CENTRAL_AWARDED, CENTRAL_DECLINED);

    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    public String labelKey() {
        return "status." + name();
    }
}
