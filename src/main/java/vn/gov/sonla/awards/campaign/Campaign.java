package vn.gov.sonla.awards.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.gov.sonla.awards.organisation.Unit;

/**
 * A program of a plan (the anti-Covid-19 movement, "Sóng và máy tính cho em"), naming the department
 * that compiles its dossiers. Campaigns are data: next year's plan brings new ones.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "plan_number", nullable = false)
    private String planNumber;

    @Column(name = "plan_date", nullable = false)
    private LocalDate planDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compiling_unit_id")
    private Unit compilingUnit;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    /** Deadlines per stage, in working days: the compiling department's review, the appraisal, the decision. */
    @Column(name = "review_days")
    private Integer reviewDays;

    @Column(name = "appraisal_days")
    private Integer appraisalDays;

    @Column(name = "decision_days")
    private Integer decisionDays;

    /** Working days a document of the campaign may wait for a leader's signature; null: the configured default. */
    @Column(name = "signing_days")
    private Integer signingDays;

    /**
     * Attributes that belong to one program, shown only where its campaign uses them: whether an individual nominee
     * is marked as a frontline force against the epidemic, and whether the dossier carries the Covid-19 no-breach
     * declaration. A new campaign uses neither until the administrator chooses.
     */
    @Column(name = "asks_frontline", nullable = false)
    private boolean asksFrontline;

    @Column(name = "asks_covid_declaration", nullable = false)
    private boolean asksCovidDeclaration;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "campaign_award_form", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "award_form_id"))
    private Set<AwardForm> awardForms = new HashSet<>();

    protected Campaign() {
    }

    /** A new campaign of a plan, created by an administrator; open for dossiers until closed. */
    public Campaign(String code, String name, String shortName, String planNumber, LocalDate planDate, Unit compilingUnit,
                    LocalDate opensOn, LocalDate closesOn, Integer reviewDays, Integer appraisalDays, Integer decisionDays,
                    Collection<AwardForm> awardForms) {
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("a campaign cannot close before it opens");
        }
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.planNumber = planNumber;
        this.planDate = planDate;
        this.compilingUnit = compilingUnit;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.reviewDays = reviewDays;
        this.appraisalDays = appraisalDays;
        this.decisionDays = decisionDays;
        this.awardForms.addAll(awardForms);
    }

    /** Stops new dossiers; those already filed go on through the chain. */
    public void close() {
        this.active = false;
    }

    public void reopen() {
        this.active = true;
    }

    /** Which program-specific attributes its dossiers show and ask for. */
    public void useAttributes(boolean frontline, boolean covidDeclaration) {
        this.asksFrontline = frontline;
        this.asksCovidDeclaration = covidDeclaration;
    }

    public boolean isAsksFrontline() {
        return asksFrontline;
    }

    public boolean isAsksCovidDeclaration() {
        return asksCovidDeclaration;
    }

    /** Whether new dossiers are received on that day: open, and within the campaign's dates if it has them. */
    public boolean receivesDossiersOn(LocalDate day) {
        return isActive() && (getOpensOn() == null || !day.isBefore(getOpensOn()))
                && (getClosesOn() == null || !day.isAfter(getClosesOn()));
    }

    /** Whether a dossier of this campaign may propose that award form (any routed form if none is listed). */
    public boolean allows(AwardForm form) {
        return getAwardForms().isEmpty() || getAwardForms().stream().anyMatch(a -> a.getId().equals(form.getId()));
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Integer getReviewDays() {
        return reviewDays;
    }

    public Integer getAppraisalDays() {
        return appraisalDays;
    }

    public Integer getDecisionDays() {
        return decisionDays;
    }

    public Integer getSigningDays() {
        return signingDays;
    }

    /** The administrator sets how long the campaign's documents may wait for a signature (null: the default). */
    public void signingDays(Integer days) {
        this.signingDays = days;
    }

    /** The award forms a dossier of this campaign may propose. */
    public Set<AwardForm> getAwardForms() {
        return Collections.unmodifiableSet(awardForms);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public LocalDate getPlanDate() {
        return planDate;
    }

    /** The day the campaign started: the day it opens to dossiers, else the date of its plan. */
    public LocalDate startsOn() {
        return opensOn != null ? opensOn : planDate;
    }

    public Unit getCompilingUnit() {
        return compilingUnit;
    }

    public boolean isActive() {
        return active;
    }
}
