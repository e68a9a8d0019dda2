package vn.gov.sonla.awards.grassroots;

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

import vn.gov.sonla.awards.campaign.NomineeType;

/** A collective or individual commended by a grassroots decision. */
@Entity
@Table(name = "grassroots_awardee")
public class GrassrootsAwardee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private GrassrootsDecision decision;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    private NomineeType type;

    @Column(nullable = false)
    private String name;

    private String title;

    protected GrassrootsAwardee() {
    }

    GrassrootsAwardee(GrassrootsDecision decision, int position, GrassrootsDecision.Awardee awardee) {
        this.decision = decision;
        this.position = position;
        this.type = awardee.type();
        this.name = awardee.name();
        this.title = awardee.title();
    }

    public int getPosition() {
        return position;
    }

    public NomineeType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }
}
