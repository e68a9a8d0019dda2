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

    /** Only state and provincial awards travel the chain; grassroots ones are recorded by the unit. */
    public boolean isRouted() {
        return getLevel() != AwardLevel.GRASSROOTS;
    }
}
