package vn.gov.sonla.awards.decision.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The certificate (Bằng khen) of one award granted by a provincial decision, known to the public only by its code:
 * 128 random bits in base64url, printed as a QR code on the certificate and checked at {@code /verify/{code}}.
 */
@Entity
@Immutable
@Table(name = "certificate")
public class Certificate {

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** 16 bytes from a CSPRNG, base64url without padding: 22 characters, unguessable. */
    public static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
