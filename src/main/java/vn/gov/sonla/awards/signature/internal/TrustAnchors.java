package vn.gov.sonla.awards.signature.internal;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;

/**
 * The certificates of certification authorities the administrator installed (PEM or DER): self-signed roots are
 * the trust anchors of signature verification, intermediates only candidates on a path. None is bundled: with none
 * installed, no signer's issuer is known.
 */
@Service
@Transactional
public class TrustAnchors {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrustAnchors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An installed certificate as the administration page lists it. */
    public record Installed(long id, String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
                            boolean root, String sha256, String addedBy, Instant addedAt) {
    }

    @Transactional(readOnly = true)
    public PadesVerifier.Trust trust() {
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        jdbc.sql("select der, is_root from trust_anchor order by id").query((rs, n) -> {
            X509Certificate c = parse(rs.getBytes(1)).get(0);
            (rs.getBoolean(2) ? roots : intermediates).add(c);
            return c;
        }).list();
        return new PadesVerifier.Trust(roots, intermediates);
    }

    @Transactional(readOnly = true)
    public List<Installed> list() {
        return jdbc.sql("""
                select id, subject, issuer, serial, not_before, not_after, is_root, sha256, added_by, added_at
                  from trust_anchor order by is_root desc, subject, id""")
                .query((rs, n) -> new Installed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Installs every CA certificate in the file (one or more, PEM or DER); a certificate already installed is
     * skipped. Refuses a file with no certificate or with a certificate that is not a CA's.
     * @return how many were added
     */
    public int install(byte[] file, Actor admin) {
        requireAdmin(admin);
        List<X509Certificate> certificates;
        try {
            certificates = parse(file);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("signature.trust.unreadable");
        }
        if (certificates.isEmpty()) {
            throw new ConflictException("signature.trust.unreadable");
        }
        for (X509Certificate c : certificates) {
            if (c.getBasicConstraints() < 0) {
                throw new ConflictException("signature.trust.notCa", PadesVerifier.commonName(c));
            }
        }
        int added = 0;
        for (X509Certificate c : certificates) {
            added += jdbc.sql("""
                    insert into trust_anchor (subject, issuer, serial, not_before, not_after, is_root, sha256, der, added_by, added_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing""")
                    .params(c.getSubjectX500Principal().getName(X500Principal.RFC2253),
                            c.getIssuerX500Principal().getName(X500Principal.RFC2253),
                            c.getSerialNumber().toString(16),
                            OffsetDateTime.ofInstant(c.getNotBefore().toInstant(), ZoneOffset.UTC),
                            OffsetDateTime.ofInstant(c.getNotAfter().toInstant(), ZoneOffset.UTC),
                            selfSigned(c), fingerprint(c), der(c), admin.username(),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        }
        return added;
    }

    public void remove(long id, Actor admin) {
        requireAdmin(admin);
        if (jdbc.sql("delete from trust_anchor where id = ?").param(id).update() == 0) {
            throw new NotFoundException("trust anchor " + id);
        }
    }

    private static void requireAdmin(Actor user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException("signature.trust.forbidden");
        }
    }

    static List<X509Certificate> parse(byte[] file) {
        try {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(file == null ? new byte[0] : file));
            return all.stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("not a certificate", e);
        }
    }

    private static boolean selfSigned(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
