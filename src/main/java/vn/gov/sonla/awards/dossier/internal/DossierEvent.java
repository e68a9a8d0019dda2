package vn.gov.sonla.awards.dossier.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Immutable;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * One line of a dossier's history: who (and of which unit), when, which step, from which stage to which,
 * and why. Written in the same transaction as the step and never changed.
 */
@Entity
@Immutable
@Table(name = "dossier_event")
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_unit_name", nullable = false)
    private String actorUnitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private DossierStatus toStatus;

    private String note;

    /** When the dossier had entered the stage this step started from; known for a step just taken, not stored. */
    @Transient
    private Instant fromStageSince;

    protected DossierEvent() {
    }

    public DossierEvent(Dossier dossier, Instant occurredAt, Actor actor, DossierAction action,
                 DossierStatus fromStatus, DossierStatus toStatus, String note) {
        this.dossier = dossier;
        this.occurredAt = occurredAt;
        this.actorUsername = actor.username();
        this.actorName = actor.fullName();
        this.actorUnitName = actor.unitName();
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    DossierEvent since(Instant enteredFromStageAt) {
        this.fromStageSince = enteredFromStageAt;
        return this;
    }

    /** When the dossier had entered the stage this step started from, for a step just taken; null otherwise. */
    public Instant getFromStageSince() {
        return fromStageSince;
    }

    /** The id of the dossier whose history this is. */
    Long dossierId() {
        return dossier.getId();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorUnitName() {
        return actorUnitName;
    }

    public DossierAction getAction() {
        return action;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
