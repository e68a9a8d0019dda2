package vn.gov.sonla.awards.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.gov.sonla.awards.common.SettingRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing ID card numbers: unreadable, matchable by hash, keys rotated, and no real system without its own keys. */
class NationalIdCipherTests {

    static final String OLD = "k1:" + key("thirty-two bytes of an older key");
    static final String NEW = "k2:" + key("thirty-two bytes of a newer key!");
    static final String HASH = key("thirty-two bytes or more of the hash key");

    @Test
    void aSealedNumberHidesItAndOpensAgain() {
        NationalIdCipher cipher = new NationalIdCipher(NEW, HASH);
        String sealed = cipher.seal("012345678901");
        assertThat(sealed).doesNotContain("012345678901").matches("[A-Za-z0-9_-]{43}\\.k2\\.[A-Za-z0-9_-]+");
        assertThat(NationalIdCipher.isSealed(sealed)).isTrue();
        assertThat(NationalIdCipher.isSealed("012345678901")).isFalse();
        assertThat(cipher.open(sealed)).isEqualTo("012345678901");
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void theSameNumberSealsDifferentlyEachTimeButHashesAlike() {
        NationalIdCipher cipher = new NationalIdCipher(NEW, HASH);
        String first = cipher.seal("012345678901");
        String second = cipher.seal("012345678901");
        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(0, 43)).isEqualTo(second.substring(0, 43)).isEqualTo(cipher.hash("012345678901"));
        assertThat(cipher.hash("012345678902")).isNotEqualTo(cipher.hash("012345678901"));
        // the hash is keyed: another hash key gives another hash
        assertThat(new NationalIdCipher(NEW, key("thirty-two bytes or more of another key")).hash("012345678901"))
                .isNotEqualTo(cipher.hash("012345678901"));
    }

    @Test
    void afterARotationTheNewKeySealsAndTheOldOneStillOpens() {
        String underOld = new NationalIdCipher(OLD, HASH).seal("123456789");
        NationalIdCipher rotated = new NationalIdCipher(NEW + "," + OLD, HASH);
        assertThat(rotated.open(underOld)).isEqualTo("123456789");
        assertThat(rotated.isCurrent(underOld)).isFalse();
        assertThat(rotated.isCurrent(rotated.seal("123456789"))).isTrue();
        // once the old key is gone, what it sealed can no longer be read
        NationalIdCipher withoutOld = new NationalIdCipher(NEW, HASH);
        assertThat(withoutOld.canOpen(underOld)).isFalse();
        assertThatThrownBy(() -> withoutOld.open(underOld)).hasMessageContaining("k1");
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        NationalIdCipher cipher = new NationalIdCipher(NEW, HASH);
        String sealed = cipher.seal("012345678901");
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.open(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void weakOrMalformedKeysAreRefused() {
        assertThatThrownBy(() -> new NationalIdCipher("k1:" + key("too short"), HASH)).hasMessageContaining("16, 24 or 32");
        assertThatThrownBy(() -> new NationalIdCipher("no key id", HASH)).hasMessageContaining("id:base64");
        assertThatThrownBy(() -> new NationalIdCipher(NEW + "," + NEW, HASH)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new NationalIdCipher(NEW, key("short hash key"))).hasMessageContaining("32 bytes");
    }

    @Test
    void withoutKeysOnlyTheEmbeddedDatabaseOrTheDemoGetTheDevelopmentKey() {
        assertThat(NationalIdKeys.cipher(new MockEnvironment()).currentKeyId()).isEqualTo("dev");
        assertThat(NationalIdKeys.cipher(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/awards")
                .withProperty("awards.demo", "true")).currentKeyId()).isEqualTo("dev");

        MockEnvironment realDatabase = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/awards");
        assertThatThrownBy(() -> NationalIdKeys.cipher(realDatabase)).hasMessageContaining("AWARDS_ID_KEYS");
        assertThat(NationalIdKeys.cipher(realDatabase.withProperty("awards.id-keys", "development")).currentKeyId())
                .isEqualTo("dev");

        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");
        assertThatThrownBy(() -> NationalIdKeys.cipher(production)).hasMessageContaining("AWARDS_ID_KEYS");

        MockEnvironment half = new MockEnvironment().withProperty("awards.id-keys", NEW);
        assertThatThrownBy(() -> NationalIdKeys.cipher(half)).hasMessageContaining("AWARDS_ID_HASH_KEY");

        production.withProperty("awards.id-keys", "development");
        assertThatThrownBy(() -> NationalIdKeys.cipher(production)).hasMessageContaining("AWARDS_ID_KEYS");

        production.withProperty("awards.id-keys", NEW).withProperty("awards.id-hash-key", HASH);
        assertThat(NationalIdKeys.cipher(production).currentKeyId()).isEqualTo("k2");
    }

    @Test
    void keysThatCannotBeUsedStopTheStartNamingTheVariable() {
        MockEnvironment notBase64 = new MockEnvironment().withProperty("awards.id-keys", "k1:not*base64")
                .withProperty("awards.id-hash-key", HASH);
        assertThatThrownBy(() -> NationalIdKeys.cipher(notBase64)).isInstanceOf(SettingRefused.class)
                .hasMessage("AWARDS_ID_KEYS: key k1 is not Base64");
        MockEnvironment hashNotBase64 = new MockEnvironment().withProperty("awards.id-keys", NEW)
                .withProperty("awards.id-hash-key", "not*base64");
        assertThatThrownBy(() -> NationalIdKeys.cipher(hashNotBase64)).isInstanceOf(SettingRefused.class)
                .hasMessage("AWARDS_ID_HASH_KEY is not Base64");
        MockEnvironment noKey = new MockEnvironment().withProperty("awards.id-keys", ",")
                .withProperty("awards.id-hash-key", HASH);
        assertThatThrownBy(() -> NationalIdKeys.cipher(noKey)).isInstanceOf(SettingRefused.class)
                .hasMessage("AWARDS_ID_KEYS holds no key");
        MockEnvironment shortKey = new MockEnvironment().withProperty("awards.id-keys", "k1:" + key("too short"))
                .withProperty("awards.id-hash-key", HASH);
        assertThatThrownBy(() -> NationalIdKeys.cipher(shortKey)).isInstanceOf(SettingRefused.class)
                .hasMessageContaining("AWARDS_ID_KEYS: key k1 must be 16, 24 or 32 bytes");
        MockEnvironment half = new MockEnvironment().withProperty("awards.id-hash-key", HASH);
        assertThatThrownBy(() -> NationalIdKeys.cipher(half)).isInstanceOf(SettingRefused.class)
                .hasMessageStartingWith("AWARDS_ID_KEYS is not set")
                .satisfies(e -> assertThat(((SettingRefused) e).action()).contains("kept with the backups"));
    }

    static String key(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
