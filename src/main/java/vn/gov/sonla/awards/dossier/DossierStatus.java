package vn.gov.sonla.awards.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import vn.gov.sonla.awards.account.Role;

import static vn.gov.sonla.awards.dossier.DossierStatus.Deadline.APPRAISAL;
import static vn.gov.sonla.awards.dossier.DossierStatus.Deadline.DECISION;
import static vn.gov.sonla.awards.dossier.DossierStatus.Deadline.NONE;
import static vn.gov.sonla.awards.dossier.DossierStatus.Deadline.REVIEW;
import static vn.gov.sonla.awards.dossier.DossierStatus.Party.CHAIRMAN_OFFICE;
import static vn.gov.sonla.awards.dossier.DossierStatus.Party.COMPILING_DEPARTMENT;
import static vn.gov.sonla.awards.dossier.DossierStatus.Party.HOME_AFFAIRS;
import static vn.gov.sonla.awards.dossier.DossierStatus.Party.NOBODY;
import static vn.gov.sonla.awards.dossier.DossierStatus.Party.UNIT;

/**
 * The stage of a dossier on the path of plan 215 (sections III.3.1 and IV), and what each stage means for
 * everything that depends on it: who acts on it, which of the campaign's deadlines runs, whether entering it
 * hands the dossier over (and so freezes a copy), whether its time is measured, whether it is final.
 *
 * <pre>
 * DRAFT ──submit (or: present ──▶ AT_UNIT_HEAD ──the head sends on)──▶ SUBMITTED ──accept──▶ ACCEPTED ──send (in a numbered submission)──▶ AT_HOME_AFFAIRS
 *   ▲                 │   │ └──withdraw──▶ WITHDRAWN                                     │ appraise
 *   └──── RETURNED ◀──┘   └──reject──▶ REJECTED                                          ▼
 *        (resubmit)  return                                                           APPRAISED
 *                                                                                         │ forward
 *  GRANTED ◀──decision (provincial)── APPROVED ◀──approve── AT_CHAIRMAN ◀──────────────────┘
 *  PROPOSED_TO_CENTRAL ◀──letter (state level)──┘ └──decline─┴──decline──▶ DECLINED
 *    ├──central award recorded──▶ CENTRAL_AWARDED
 *    └──central decline recorded──▶ CENTRAL_DECLINED
 * </pre>
 *
 * Only {@link Dossier} moves a dossier between stages. The database keeps the same facts in the table
 * {@code dossier_stage}, which a test holds equal to this enum.
 */
public enum DossierStatus {
    /** Being written by the unit clerk; nobody else sees it. */
    DRAFT(UNIT, NONE, false, false, false),
    /** At the compiling department of its campaign, waiting for review. */
    SUBMITTED(COMPILING_DEPARTMENT, REVIEW, true, true, false),
    /** Sent back to the unit for supplementation, with the department's reason. */
    RETURNED(UNIT, NONE, true, true, false),
    /** Refused by the compiling department. Final. */
    REJECTED(NOBODY, NONE, false, false, true),
    /** Taken back by the unit before the department acted. Final. */
    WITHDRAWN(NOBODY, NONE, false, false, true),
    /** Accepted by the compiling department, waiting to be compiled into a submission. */
    ACCEPTED(COMPILING_DEPARTMENT, REVIEW, false, true, false),
    /** Part of a numbered submission at the Department of Home Affairs. */
    AT_HOME_AFFAIRS(HOME_AFFAIRS, APPRAISAL, true, true, false),
    /** Appraised by Home Affairs (endorsed or not), waiting for the submission to be forwarded. */
    APPRAISED(HOME_AFFAIRS, APPRAISAL, false, true, false),
    /** Forwarded to the chairman's office for decision. */
    AT_CHAIRMAN(CHAIRMAN_OFFICE, DECISION, true, true, false),
    /**
     * Approved by the chairman's office; the chairman's signature is still to come: the numbered decision for a
     * provincial award, the numbered letter to the central level for a state-level one.
     */
    APPROVED(CHAIRMAN_OFFICE, DECISION, true, true, false),
    /** Declined by the chairman. Final. */
    DECLINED(NOBODY, NONE, true, false, true),
    /** A provincial award granted by a numbered decision. Final. */
    GRANTED(NOBODY, NONE, true, false, true),
    /**
     * A state-level award the chairman proposed to the central level by a signed letter. The chairman's office records
     * the central outcome; the wait is the central level's, so it has no deadline and is not measured.
     */
    PROPOSED_TO_CENTRAL(CHAIRMAN_OFFICE, NONE, true, false, false),
    /** The central level granted the state-level award; its decision number and date are recorded. Final. */
    CENTRAL_AWARDED(NOBODY, NONE, false, false, true),
    /** The central level did not grant the state-level award; the reason is recorded. Final. */
    CENTRAL_DECLINED(NOBODY, NONE, false, false, true),
    /**
     * Presented by the clerk to the head of a unit whose head signs in the system; the head sends it on to the
     * compiling department or returns it to the clerk. The unit's own step: no deadline, no hand-over, not measured.
     * (Last in the enum because the stage table numbers stages in the order they were added.)
     */
    AT_UNIT_HEAD(UNIT, NONE, false, false, false);

    /** Who acts on a dossier at a stage. */
    public enum Party {
        /** The filing unit's clerk. */
        UNIT(Role.CLERK),
        /** The compiling department of the dossier's campaign. */
        COMPILING_DEPARTMENT(Role.DEPARTMENT),
        /** The Department of Home Affairs. */
        HOME_AFFAIRS(Role.APPRAISER),
        /** The chairman's office. */
        CHAIRMAN_OFFICE(Role.CHAIRMAN_OFFICE),
        /** Nobody: the path has ended. */
        NOBODY(null);

        private final Role role;

        Party(Role role) {
            this.role = role;
        }

        /** The role of the people of this party; null for nobody. */
        public Role role() {
            return role;
        }

        /** The party whose people have the role; {@link #NOBODY} for a role that acts on no dossier. */
        public static Party of(Role role) {
            return Arrays.stream(values()).filter(p -> p.role == role && role != null).findFirst().orElse(NOBODY);
        }
    }

    /** Which of the campaign's deadlines (in working days) a dossier waiting at a stage is held to. */
    public enum Deadline {
        /** No deadline runs. */
        NONE,
        /** The compiling department's review ({@code campaign.review_days}). */
        REVIEW,
        /** Home Affairs' appraisal ({@code campaign.appraisal_days}). */
        APPRAISAL,
        /** The chairman's decision ({@code campaign.decision_days}). */
        DECISION
    }

    /** Stages in which the clerk may still change the dossier. */
    public static final Set<DossierStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    /** Stages a dossier reaches once the chairman's office has it. */
    public static final Set<DossierStatus> AT_OR_AFTER_CHAIRMAN =
            EnumSet.of(AT_CHAIRMAN, APPROVED, DECLINED, GRANTED, PROPOSED_TO_CENTRAL, CENTRAL_AWARDED, CENTRAL_DECLINED);

    private final Party party;
    private final Deadline deadline;
    private final boolean handOver;
    private final boolean timed;
    private final boolean isFinal;

    DossierStatus(Party party, Deadline deadline, boolean handOver, boolean timed, boolean isFinal) {
        this.party = party;
        this.deadline = deadline;
        this.handOver = handOver;
        this.timed = timed;
        this.isFinal = isFinal;
    }

    /** Who acts on a dossier at this stage. */
    public Party party() {
        return party;
    }

    /** Which of the campaign's deadlines runs while a dossier waits here. */
    public Deadline deadline() {
        return deadline;
    }

    /** Entering this stage hands the dossier to another party (or ends its path): a copy is frozen. */
    public boolean isHandOver() {
        return handOver;
    }

    /**
     * The time a dossier spends here is measured (the reports' stage durations) and counts as waiting on its
     * party (the home page's queue): the stages between filing and the province's decision.
     */
    public boolean isTimed() {
        return timed;
    }

    /** The path ends here: no step leaves this stage. */
    public boolean isFinal() {
        return isFinal;
    }

    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    public String labelKey() {
        return "status." + name();
    }

    /** The stages with the given fact, in the order of the path. */
    public static Set<DossierStatus> where(java.util.function.Predicate<DossierStatus> fact) {
        EnumSet<DossierStatus> stages = EnumSet.noneOf(DossierStatus.class);
        Arrays.stream(values()).filter(fact).forEach(stages::add);
        return stages;
    }

    /** The timed stages on which the party acts: what waits for its people. */
    public static Set<DossierStatus> waitingOn(Party party) {
        return where(s -> s.timed && s.party == party);
    }
}
