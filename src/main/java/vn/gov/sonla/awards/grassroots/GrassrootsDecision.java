package vn.gov.sonla.awards.grassroots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.organisation.Unit;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * A unit head's decision granting certificates of commendation (Giấy khen): its number, date, signer and
 * awardees, recorded by the unit's clerk. It is not routed; it belongs to the unit's records and reports.
 */
@Entity
@Table(name = "grassroots_decision")
public class GrassrootsDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private String number;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false)
    private String signer;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The prize money per individual and per collective, if the unit pays one from its own fund; null when none. */
    @Column(name = "individual_amount")
    private Long individualAmount;

    @Column(name = "collective_amount")
    private Long collectiveAmount;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GrassrootsAwardee> awardees = new ArrayList<>();

    protected GrassrootsDecision() {
    }

    /** The clerk records a decision of the clerk's own unit. */
    static GrassrootsDecision record(Unit unit, Campaign campaign, String number, LocalDate decidedOn, String signer,
                                     List<Awardee> awardees, Actor clerk, Instant at) {
        if (!clerk.is(Role.CLERK) || !unit.getId().equals(clerk.unitId())) {
            throw new ForbiddenException("error.forbidden.action", label("grassroots.record"));
        }
        GrassrootsDecision decision = new GrassrootsDecision();
        decision.unit = unit;
        decision.campaign = campaign;
        decision.number = number.strip();
        decision.decidedOn = decidedOn;
        decision.signer = signer.strip();
        decision.recordedBy = clerk.username();
        decision.recordedAt = at;
        for (Awardee awardee : awardees) {
            decision.awardees.add(new GrassrootsAwardee(decision, decision.awardees.size() + 1, awardee));
        }
        return decision;
    }

    /** The amount each individual and each collective receives from the unit's own fund (null: none). */
    GrassrootsDecision paying(Long individual, Long collective) {
        this.individualAmount = individual;
        this.collectiveAmount = collective;
        return this;
    }

    public Long getIndividualAmount() {
        return individualAmount;
    }

    public Long getCollectiveAmount() {
        return collectiveAmount;
    }

    /** The amount of one awardee: its kind's amount, or null when the unit pays none. */
    public Long amountOf(GrassrootsAwardee awardee) {
        return awardee.getType() == NomineeType.INDIVIDUAL ? individualAmount : collectiveAmount;
    }

    /** "450.000", or empty when the unit pays none. */
    public String amountText(GrassrootsAwardee awardee) {
        Long amount = amountOf(awardee);
        return amount == null ? "" : vn.gov.sonla.awards.prize.Money.figures(amount);
    }

    /** What the unit pays in all: each awardee's amount added up; 0 when it pays none. */
    public long totalAmount() {
        return awardees.stream().map(this::amountOf).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    /** One person or collective commended. */
    record Awardee(NomineeType type, String name, String title) {
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getSigner() {
        return signer;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<GrassrootsAwardee> getAwardees() {
        return Collections.unmodifiableList(awardees);
    }
}
