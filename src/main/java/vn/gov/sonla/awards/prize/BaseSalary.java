package vn.gov.sonla.awards.prize;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The base salary (mức lương cơ sở) in force from a date, as a decree set it; a later row supersedes, none changes. */
@Entity
@Immutable
@Table(name = "base_salary")
public class BaseSalary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long amount;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected BaseSalary() {
    }

    BaseSalary(long amount, LocalDate effectiveFrom, String legalBasis, Instant recordedAt, String recordedBy) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a base salary is positive");
        }
        this.amount = amount;
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getAmount() {
        return amount;
    }

    /** "2.340.000". */
    public String amountInFigures() {
        return Money.figures(amount);
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
