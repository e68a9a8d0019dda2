package vn.gov.sonla.awards.decision.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificate codes: 128 random bits as 22 base64url characters, never repeated. */
class CertificateTests {

    @Test
    void codesAreUrlSafeAndCarry128Bits() {
        String code = Certificate.newCode();
        assertThat(code).matches("[A-Za-z0-9_-]{22}");
        assertThat(java.util.Base64.getUrlDecoder().decode(code)).hasSize(16);
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(Certificate.newCode());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void aCertificateBelongsToOneDossierOfOneDecision() {
        Certificate c = Certificate.of(7, 3, java.time.Instant.parse("2021-12-03T03:00:00Z"));
        assertThat(c.getDossierId()).isEqualTo(7);
        assertThat(c.getDecisionId()).isEqualTo(3);
        assertThat(c.getCode()).isNotEqualTo(Certificate.of(7, 3, java.time.Instant.parse("2021-12-03T03:00:00Z")).getCode());
    }
}
