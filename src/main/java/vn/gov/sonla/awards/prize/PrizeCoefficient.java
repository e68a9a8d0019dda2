package vn.gov.sonla.awards.prize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * How many times the base salary an award form brings a kind of nominee, from a date, as the decree on emulation
 * and commendation sets it; a later row supersedes, none changes.
 */
@Entity
@Immutable
@Table(name = "prize_coefficient")
public class PrizeCoefficient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_form_id", nullable = false)
    private Long awardFormId;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    private NomineeType nomineeType;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected PrizeCoefficient() {
    }

    PrizeCoefficient(Long awardFormId, NomineeType nomineeType, BigDecimal coefficient, LocalDate effectiveFrom,
                     String legalBasis, Instant recordedAt, String recordedBy) {
        if (coefficient.signum() < 0) {
            throw new IllegalArgumentException("a coefficient is not negative");
        }
        this.awardFormId = awardFormId;
        this.nomineeType = nomineeType;
        this.coefficient = coefficient;
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getAwardFormId() {
        return awardFormId;
    }

    public NomineeType getNomineeType() {
        return nomineeType;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    /** "1.0", "0.3", "0.15": at least one decimal, no trailing zeros beyond it. */
    public String coefficientText() {
        return text(coefficient);
    }

    public static String text(BigDecimal coefficient) {
        BigDecimal plain = coefficient.stripTrailingZeros();
        return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString();
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
