package vn.gov.sonla.awards.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.SettingRefused;
import vn.gov.sonla.awards.organisation.UnitRepository;

/**
 * The first administrator of a new installation. No account has a default password: when no administrator exists,
 * one is created from {@code AWARDS_ADMIN_USERNAME} and {@code AWARDS_ADMIN_PASSWORD}, and must change that
 * password at first sign-in. Without them, the system starts with no way in and says so in the log. Once an
 * administrator exists, the variables are ignored (they can be removed).
 * <p>
 * Runs before the demo loader, so in demo mode with the variables set both the chosen administrator and the demo
 * accounts exist (unless the chosen username is the demo's {@code admin}, in which case no demo data is loaded).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private static final String FIX_ADMIN = "Correct AWARDS_ADMIN_USERNAME and AWARDS_ADMIN_PASSWORD (README, "
            + "Configuration) and start again; they are read only while no administrator exists.";

    private final Accounts accounts;
    private final UnitRepository units;
    private final AccountProperties.Admin settings;

    FirstAdministrator(Accounts accounts, UnitRepository units, AccountProperties properties) {
        this.accounts = accounts;
        this.units = units;
        this.settings = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap(settings.username(), settings.password());
    }

    /** What happened: created, not needed (an administrator exists), or not possible (variables missing). */
    Outcome bootstrap(String username, String password) {
        if (accounts.anyAdministrator()) {
            return Outcome.NOT_NEEDED;
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            log.warn("No administrator account exists. Set AWARDS_ADMIN_USERNAME and AWARDS_ADMIN_PASSWORD and restart "
                    + "to create the first one (the password must be changed at first sign-in).");
            return Outcome.MISSING_SETTINGS;
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches(Accounts.USERNAME_PATTERN)) {
            throw new SettingRefused("AWARDS_ADMIN_USERNAME must be 3 to 64 lower-case letters, digits, '.', '_' "
                    + "or '-'", FIX_ADMIN);
        }
        if (accounts.exists(name)) {
            throw new SettingRefused("AWARDS_ADMIN_USERNAME names an existing account that is not an administrator: "
                    + name, FIX_ADMIN);
        }
        var unit = units.findByCode(settings.unit())
                .orElseThrow(() -> new SettingRefused("awards.admin.unit: no unit with code " + settings.unit(),
                        "Set awards.admin.unit to the code of an existing unit, or leave it unset."));
        try {
            accounts.createFirstAdministrator(name, password, settings.fullName(), unit);
        } catch (Accounts.PasswordRejectedException e) {
            throw new SettingRefused("AWARDS_ADMIN_PASSWORD is refused by the password rules (" + e.messageKey()
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password, not the "
                    + "username", FIX_ADMIN);
        }
        log.info("Created the first administrator '{}'; the password must be changed at first sign-in.", name);
        return Outcome.CREATED;
    }

    enum Outcome { CREATED, NOT_NEEDED, MISSING_SETTINGS }
}
