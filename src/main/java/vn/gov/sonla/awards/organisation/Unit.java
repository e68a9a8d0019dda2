package vn.gov.sonla.awards.organisation;

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

/**
 * A unit (cơ quan, đơn vị, địa phương): a department, a district, a hospital, an enterprise… It files
 * dossiers for its nominees; some units (Sở Y tế, Sở TT&TT) also compile the dossiers of a campaign.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false)
    private boolean active = true;

    /** Whether the unit's head signs in the system: its clerk then presents each finished dossier to the head. */
    @Column(name = "head_signs", nullable = false)
    private boolean headSigns;

    protected Unit() {
    }

    /** A new unit, created by an administrator. */
    public Unit(String code, String name, UnitType type, Unit parent) {
        this.code = code;
        this.name = name;
        this.type = type;
        moveUnder(parent);
    }

    public void rename(String name) {
        this.name = name;
    }

    public void changeType(UnitType type) {
        this.type = type;
    }

    /** Places the unit under another (or at the top with null); a unit can never end up under itself. */
    public void moveUnder(Unit parent) {
        for (Unit u = parent; u != null; u = u.parent) {
            if (u == this || (id != null && id.equals(u.id))) {
                throw new IllegalArgumentException("a unit cannot be placed under itself");
            }
        }
        this.parent = parent;
    }

    /** No new dossiers or accounts; the unit and its dossiers stay (units are never deleted). */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** The administrator sets whether the unit's head signs its dossiers in the system before they are sent. */
    public void headSigns(boolean signs) {
        this.headSigns = signs;
    }

    public boolean isHeadSigns() {
        return headSigns;
    }

    public Unit getParent() {
        return parent;
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

    public UnitType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }
}
