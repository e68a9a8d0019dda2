package vn.gov.sonla.awards.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.gov.sonla.awards.campaign.Criterion;

/**
 * One line of a dossier's criteria checklist: the criterion's text as it stood when the dossier was filed,
 * whether the clerk declares it met, and the clerk's evidence note.
 */
@Entity
@Table(name = "dossier_criterion")
public class DossierCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(name = "criterion_id")
    private Long criterionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean met;

    private String evidence;

    protected DossierCriterion() {
    }

    DossierCriterion(Dossier dossier, Criterion criterion) {
        this.dossier = dossier;
        this.criterionId = criterion.getId();
        this.position = criterion.getPosition();
        this.text = criterion.getText();
        this.required = criterion.isRequired();
    }

    void declare(boolean met, String evidence) {
        this.met = met;
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isMet() {
        return met;
    }

    public String getEvidence() {
        return evidence;
    }
}
