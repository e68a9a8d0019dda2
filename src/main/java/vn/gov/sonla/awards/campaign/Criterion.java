package vn.gov.sonla.awards.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A criterion (tiêu chuẩn) of an award form for collectives or individuals, as section III.2 of the plan states it. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_form_id", nullable = false)
    private Long awardFormId;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    private NomineeType nomineeType;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean required;

    protected Criterion() {
    }

    public Criterion(Long id, int position, String text, boolean required) {
        this.id = id;
        this.position = position;
        this.text = text;
        this.required = required;
    }

    public Long getId() {
        return id;
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
}
