package vn.gov.sonla.awards.decision.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificate codes: 100 random bits as 20 characters of Crockford's Base32, never repeated. */
class CertificateTests {

    @Test
    void codesAreCrockfordBase32AndCarry100Bits() {
        String code = Certificate.newCode();
        // 20 symbols of a 32-letter alphabet without I, L, O and U: 20 × 5 = 100 bits
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{20}");
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
