package vn.gov.sonla.awards.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.BatchSize;

import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.dossier.CriterionDeclaration;
import vn.gov.sonla.awards.dossier.Nominee;

/**
 * What a unit files in a dossier: the campaign and the award form asked for, the nominee, the achievements, the
 * criteria declared and the files attached — with the rules of what may be filed. It changes only through the
 * guarded steps of {@link Dossier}, which decide who may change it and when, and record each change.
 */
@MappedSuperclass
public abstract class FiledContent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_form_id")
    private AwardForm awardForm;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Embedded
    private Nominee nominee;

    /** The name in lower case without diacritics, computed by the database (V66) for searching. */
    @Column(name = "nominee_search", insertable = false, updatable = false)
    private String nomineeSearch;

    @Column(name = "achievement_summary")
    private String achievementSummary;

    /** The clerk declares that the nominee was not criticised, reminded or in breach (section III.2.2). */
    @Column(name = "no_breach_declared", nullable = false)
    private boolean noBreachDeclared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** Read for many dossiers at once when many are loaded. */
    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 500)
    private List<DossierCriterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 500)
    private List<Attachment> attachments = new ArrayList<>();

    protected FiledContent() {
    }

    /** The dossier this content belongs to (the owner of its criteria and attachments). */
    abstract Dossier dossier();

    /** Starts the content of a new dossier, filed by {@code username} of {@code unit} at {@code at} (on {@code today}). */
    void start(Campaign campaign, AwardForm awardForm, List<Criterion> criteria, Nominee nominee, Unit unit,
               String username, Instant at, LocalDate today) {
        requireFilable(campaign, awardForm, nominee.type(), today);
        this.unit = unit;
        this.campaign = campaign;
        this.awardForm = awardForm;
        this.nominee = nominee;
        fileUnder(criteria);
        this.createdAt = at;
        this.createdBy = username;
    }

    /**
     * Files the dossier under another campaign, award form or kind of nominee. A different campaign, award form or
     * kind brings its own criteria; declarations of criteria that stay are kept.
     */
    void refile(Campaign newCampaign, AwardForm newAwardForm, NomineeType newType, List<Criterion> newCriteria,
                LocalDate today) {
        requireFilable(newCampaign, newAwardForm, newType, today);
        boolean criteriaChange = !newCampaign.getId().equals(campaign.getId())
                || !newAwardForm.getId().equals(awardForm.getId()) || newType != nominee.type();
        this.campaign = newCampaign;
        this.awardForm = newAwardForm;
        if (newType != nominee.type()) {
            nominee = Nominee.named(newType, nominee.name());
        } else if (nominee.frontline() && !newCampaign.isAsksFrontline()) {
            nominee = nominee.withoutFrontline();
        }
        if (!newCampaign.isAsksCovidDeclaration()) {
            noBreachDeclared = false;
        }
        if (criteriaChange) {
            fileUnder(newCriteria);
        }
    }

    /** The nominee described anew; the kind of nominee is chosen with the award form. */
    void describe(Nominee described) {
        if (described.type() != nominee.type()) {
            throw new ConflictException("error.nomineeType.changed");
        }
        // a campaign that does not ask whether the nominee is a frontline force never records it, whatever is posted
        this.nominee = campaign.isAsksFrontline() ? described : described.withoutFrontline();
    }

    void summarise(String summary) {
        this.achievementSummary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    /** Which criteria are met (by their position in the checklist), with evidence notes, and no breach. */
    void declare(Map<Integer, CriterionDeclaration> declarations, boolean noBreach) {
        for (DossierCriterion line : criteria) {
            CriterionDeclaration d = declarations.getOrDefault(line.getPosition(), CriterionDeclaration.NOT_MET);
            line.declare(d.met(), d.evidence());
        }
        this.noBreachDeclared = noBreach && campaign.isAsksCovidDeclaration();
    }

    /** Adds a checked file; returns the files it replaces (a new Tờ trình or report replaces the previous one). */
    List<Attachment> add(Attachment attachment) {
        List<Attachment> replaced = attachment.getKind().single()
                ? attachments.stream().filter(a -> a.getKind() == attachment.getKind()).toList()
                : List.of();
        attachments.removeAll(replaced);
        attachments.add(attachment);
        return replaced;
    }

    Attachment remove(long attachmentId) {
        Attachment attachment = attachments.stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        attachments.remove(attachment);
        return attachment;
    }

    /** What is still missing before the dossier can be submitted, as message keys; empty when complete. */
    public List<String> missing() {
        return DossierCompleteness.missing(dossier());
    }

    private static void requireFilable(Campaign campaign, AwardForm awardForm, NomineeType type, LocalDate today) {
        if (!campaign.receivesDossiersOn(today)) {
            throw new ConflictException("error.campaign.closed");
        }
        if (!awardForm.isRouted()) {
            throw new ConflictException("error.awardForm.grassroots");
        }
        if (!campaign.allows(awardForm)) {
            throw new ConflictException("error.awardForm.notInCampaign");
        }
        if (!awardForm.appliesTo(type)) {
            throw new ConflictException("error.awardForm.notForNomineeType");
        }
    }

    private void fileUnder(List<Criterion> newCriteria) {
        Map<Long, DossierCriterion> previous = new HashMap<>();
        criteria.forEach(c -> previous.put(c.getCriterionId(), c));
        criteria.clear();
        for (Criterion criterion : newCriteria) {
            DossierCriterion line = new DossierCriterion(dossier(), criterion);
            DossierCriterion before = previous.get(criterion.getId());
            if (before != null) {
                line.declare(before.isMet(), before.getEvidence());
            }
            criteria.add(line);
        }
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public AwardForm getAwardForm() {
        return awardForm;
    }

    public Unit getUnit() {
        return unit;
    }

    public Nominee getNominee() {
        return nominee;
    }

    public NomineeType getNomineeType() {
        return nominee.type();
    }

    public String getNomineeName() {
        return nominee.name();
    }

    public String getAchievementSummary() {
        return achievementSummary;
    }

    public boolean isNoBreachDeclared() {
        return noBreachDeclared;
    }

    public List<DossierCriterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
