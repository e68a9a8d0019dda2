package vn.gov.sonla.awards.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.SettingRefused;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of a new installation: no administrator, so one comes from AWARDS_ADMIN_USERNAME and
 * AWARDS_ADMIN_PASSWORD, with a password to change at first sign-in. Each test demotes the demo administrator inside
 * its own transaction, which is rolled back, so the shared database looks like a new installation only here.
 */
@IntegrationTest
@Transactional
class FirstAdministratorIntegrationTests {

    @Autowired FirstAdministrator firstAdministrator;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    final String username = "quantri." + System.nanoTime();

    @BeforeEach
    void noAdministratorYet() {
        jdbc.sql("update user_account set role = 'CLERK' where role = 'ADMIN'").update();
    }

    @Test
    void createsTheAdministratorFromTheSettingsWithAPasswordToChange() {
        assertThat(firstAdministrator.bootstrap(username, "Cao nguyên Mộc Châu xanh mướt")).isEqualTo(FirstAdministrator.Outcome.CREATED);

        CurrentUser admin = accounts.load(username);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.unitName()).isEqualTo("Văn phòng UBND tỉnh");
        String hash = jdbc.sql("select password_hash from user_account where username = ?").param(username).query(String.class).single();
        assertThat(encoder.matches("Cao nguyên Mộc Châu xanh mướt", hash)).isTrue();

        // a second start changes nothing
        assertThat(firstAdministrator.bootstrap("another." + System.nanoTime(), "một mật khẩu khác dài")).isEqualTo(FirstAdministrator.Outcome.NOT_NEEDED);
    }

    @Test
    void withoutTheSettingsNoAccountAndNoDefaultPasswordIsCreated() {
        long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
        assertThat(firstAdministrator.bootstrap(null, null)).isEqualTo(FirstAdministrator.Outcome.MISSING_SETTINGS);
        assertThat(firstAdministrator.bootstrap(username, "")).isEqualTo(FirstAdministrator.Outcome.MISSING_SETTINGS);
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aWeakPasswordStopsTheStartWithAClearReason() {
        assertThatThrownBy(() -> firstAdministrator.bootstrap(username, "sonla2021"))
                .isInstanceOf(SettingRefused.class).hasMessageContaining("AWARDS_ADMIN_PASSWORD");
        assertThatThrownBy(() -> firstAdministrator.bootstrap(username, "short"))
                .isInstanceOf(SettingRefused.class).hasMessageContaining("AWARDS_ADMIN_PASSWORD");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void whenAnAdministratorExistsNothingHappens() {
        jdbc.sql("update user_account set role = 'ADMIN' where username = 'admin'").update();
        assertThat(firstAdministrator.bootstrap(username, "Cao nguyên Mộc Châu xanh mướt")).isEqualTo(FirstAdministrator.Outcome.NOT_NEEDED);
        assertThat(accounts.exists(username)).isFalse();
    }
}
