package vn.gov.sonla.awards.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The rules for a new password (NIST SP 800-63B style): at least 8 characters, long passphrases welcome up to
 * 128, not one of the bundled common passwords, not the username. No composition rules and no expiry: length
 * and rarity protect, forced changes make people pick worse passwords.
 * <p>
 * Applies to passwords chosen from now on; existing hashes (the demo accounts') are not re-checked.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this(load());
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** Why the password is refused (a message key), or empty when it is acceptable. */
    public Optional<String> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("validation.password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("validation.password.tooLong");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("validation.password.common");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 4 && lower.contains(name)) {
            return Optional.of("validation.password.username");
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + COMMON_PASSWORDS);
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
