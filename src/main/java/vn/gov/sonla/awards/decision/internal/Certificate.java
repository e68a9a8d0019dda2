package vn.gov.sonla.awards.decision.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.gov.sonla.awards.common.VerificationCode;

/**
 * The certificate (Bằng khen) of one award granted by a provincial decision, known to the public only by its code
 * ({@link VerificationCode}: 100 random bits, typed from paper; certificates issued earlier keep their 128-bit
 * base64url code), printed with its QR code on the certificate and checked at {@code /verify/{code}}.
 */
@Entity
@Immutable
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, unique = true)
    private Long dossierId;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Certificate() {
    }

    public static Certificate of(long dossierId, long decisionId, Instant createdAt) {
        Certificate c = new Certificate();
        c.dossierId = dossierId;
        c.decisionId = decisionId;
        c.code = newCode();
        c.createdAt = createdAt;
        return c;
    }

    /** A new code, unguessable and typeable: see {@link VerificationCode}. */
    public static String newCode() {
        return VerificationCode.generate();
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getCode() {
        return code;
    }
}
