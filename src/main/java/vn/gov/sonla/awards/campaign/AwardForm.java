package vn.gov.sonla.awards.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An award form (hình thức khen thưởng) with its level and who decides it. */
@Entity
@Table(name = "award_form")
public class AwardForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", nullable = false)
    private AwardLevel level;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "applies_to_individual", nullable = false)
    private boolean appliesToIndividual = true;

    @Column(name = "applies_to_collective", nullable = false)
    private boolean appliesToCollective = true;

    protected AwardForm() {
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

    public String getNameEn() {
        return nameEn;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Whether a dossier may nominate that kind of nominee for this award form. */
    public boolean appliesTo(NomineeType type) {
        return type == NomineeType.INDIVIDUAL ? isAppliesToIndividual() : isAppliesToCollective();
    }

    /**
     * An administrator renames the form and says whom it applies to. Dossiers already filed keep their
     * criteria; they show the form's current name.
     */
    public void revise(String name, String nameEn, boolean individual, boolean collective) {
        if (!individual && !collective) {
            throw new IllegalArgumentException("an award form applies to individuals, collectives or both");
        }
        this.name = name;
        this.nameEn = nameEn;
        this.appliesToIndividual = individual;
        this.appliesToCollective = collective;
    }

    public boolean isAppliesToIndividual() {
        return appliesToIndividual;
    }

    public boolean isAppliesToCollective() {
        return appliesToCollective;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Only state and provincial awards travel the chain; grassroots ones are recorded by the unit. */
    public boolean isRouted() {
        return getLevel() != AwardLevel.GRASSROOTS;
    }
}
