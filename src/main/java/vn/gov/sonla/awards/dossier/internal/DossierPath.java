package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * A dossier as the record of its path: the stage it is at, since when, the reason of its latest setback, and the
 * history of every step, dated by the clock it is handled under. The steps themselves are {@link Dossier}'s; this
 * is how each of them is guarded, moves the stage and is written down.
 */
@MappedSuperclass
public abstract class DossierPath extends FiledContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierStatus status;

    /** The reason given with the latest return, rejection or decline, shown on top of the dossier. */
    @Column(name = "last_reason")
    private String lastReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DossierEvent> history = new ArrayList<>();

    /** Steps taken since the service last asked: it publishes them as {@link DossierStepTaken} events. */
    @Transient
    private final List<DossierEvent> stepsToPublish = new ArrayList<>();

    /** The clock the dossier is handled under: given by whoever loads or creates it (the step runner, a test). */
    @Transient
    private Clock clock;

    protected DossierPath() {
    }

    /** Refuses the step with 403 (not this person's step) or 409 (not at this stage). */
    void guard(DossierAction action, Actor actor) {
        DossierPolicy.require(dossier(), actor, action);
    }

    void moveTo(DossierStatus to, DossierAction action, Actor actor, String note) {
        DossierStatus from = status;
        status = to;
        record(action, actor, from, to, note);
    }

    /** A step that keeps the stage (an edit, a claim, an attachment). */
    void record(DossierAction action, Actor actor, String note) {
        record(action, actor, status, status, note);
    }

    private void record(DossierAction action, Actor actor, DossierStatus from, DossierStatus to, String note) {
        Instant now = now();
        Instant enteredFrom = statusChangedAt;
        statusChangedAt = from == to && statusChangedAt != null ? statusChangedAt : now;
        DossierEvent event = new DossierEvent(dossier(), now, actor, action, from, to, note).since(enteredFrom);
        history.add(event);
        stepsToPublish.add(event);
    }

    /** Keeps the reason of a return, rejection or decline; one must be given. */
    String setBackFor(String reason) {
        lastReason = requireReason(reason);
        return lastReason;
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ConflictException("error.reason.required");
        }
        return reason.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Whether the dossier waits at the department as the unit last sent it: not back there because Home Affairs
     * returned it after the department had accepted it (then the department has acted, and it is no longer
     * the unit's to withdraw).
     */
    public boolean sentByTheUnitAndUntouched() {
        return status == DossierStatus.SUBMITTED && history.stream()
                .filter(e -> e.getToStatus() == DossierStatus.SUBMITTED && e.getFromStatus() != DossierStatus.SUBMITTED)
                .reduce((first, second) -> second)
                .map(e -> e.getAction() == DossierAction.SUBMIT)
                .orElse(false);
    }

    /** The dossier is handled under this clock from now on (its steps are dated by it). */
    Dossier handledUnder(Clock clock) {
        this.clock = clock;
        return dossier();
    }

    Clock clock() {
        if (clock == null) {
            throw new IllegalStateException("dossier " + id + " handled without a clock");
        }
        return clock;
    }

    Instant now() {
        return clock().instant();
    }

    LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The steps recorded since the last call, oldest first (for the service to publish after the step). */
    List<DossierEvent> takeStepsToPublish() {
        List<DossierEvent> steps = List.copyOf(stepsToPublish);
        stepsToPublish.clear();
        return steps;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public String getLastReason() {
        return lastReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public List<DossierEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
