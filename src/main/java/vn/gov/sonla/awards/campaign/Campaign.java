package vn.gov.sonla.awards.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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

    protected Campaign() {
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

    public Unit getCompilingUnit() {
        return compilingUnit;
    }

    public boolean isActive() {
        return active;
    }
}
