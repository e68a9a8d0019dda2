package vn.gov.sonla.awards.account;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules: length, long passphrases, the bundled list of common passwords, the username. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theBundledListHasThousandsOfCommonPasswords() {
        assertThat(policy.commonCount()).isGreaterThan(2000);
    }

    @Test
    void tooShortIsRefused() {
        assertThat(policy.check("Ab1!xyz", "someone")).contains("validation.password.tooShort");
        assertThat(policy.check("", "someone")).contains("validation.password.tooShort");
        assertThat(policy.check(null, "someone")).contains("validation.password.tooShort");
    }

    @Test
    void eightCharactersAreEnoughWhenNotCommon() {
        assertThat(policy.check("ngựa-ô-7", "someone")).isEmpty();
    }

    @Test
    void longPassphrasesAreWelcomeUpToTheCap() {
        String passphrase = "mùa hoa ban nở trắng núi rừng Tây Bắc, mùa mận chín đỏ cả thung lũng Mộc Châu";
        assertThat(passphrase.length()).isGreaterThan(64);
        assertThat(policy.check(passphrase, "someone")).isEmpty();
        assertThat(policy.check("x".repeat(PasswordPolicy.MAX_LENGTH), "someone")).isEmpty();
        assertThat(policy.check("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "someone")).contains("validation.password.tooLong");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password123", "Password123", "sonla2021", "SONLA2021", "matkhau123",
                "12345678", "qwertyuiop", "iloveyou2020", "admin@123"}) {
            assertThat(policy.check(common, "someone")).as(common).contains("validation.password.common");
        }
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(policy.check("vanthu.maison-2024!", "vanthu.maison")).contains("validation.password.username");
        assertThat(policy.check("khác hẳn tên", "vanthu.maison")).isEqualTo(Optional.empty());
    }
}
