package vn.gov.sonla.awards.dossier.internal;

import java.util.Arrays;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.gov.sonla.awards.common.SettingRefused;

/**
 * Where the keys of {@link NationalIdCipher} come from: {@code AWARDS_ID_KEYS} and {@code AWARDS_ID_HASH_KEY}.
 * Without them a development key is used, but only where no real data can be: with the embedded database, in demo
 * mode, or when asked for ({@code AWARDS_ID_KEYS=development}) — and never under the {@code production} profile.
 * Anywhere else the application refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class NationalIdKeys {

    private static final Logger log = LoggerFactory.getLogger(NationalIdKeys.class);

    /** {@code AWARDS_ID_KEYS=development} asks for the development key explicitly (a test, a developer's database). */
    static final String DEVELOPMENT = "development";

    /** DEVELOPMENT ONLY, published in the source code: protects nothing. Never used under the production profile. */
    static final String DEVELOPMENT_KEYS = "dev:" + base64("DEVELOPMENT ONLY - NOT A SECRET!");
    /** DEVELOPMENT ONLY, published in the source code: protects nothing. */
    static final String DEVELOPMENT_HASH_KEY = base64("DEVELOPMENT ONLY - NOT A SECRET - HASH");

    private static final String MAKE_KEYS = "Set AWARDS_ID_KEYS and AWARDS_ID_HASH_KEY: the keys kept with the backups "
            + "on a system that has data, new ones (README, Configuration) only on a new installation.";
    private static final String FIX_KEYS = "Correct AWARDS_ID_KEYS and AWARDS_ID_HASH_KEY from the keys kept with the "
            + "backups: keys made anew cannot open the ID card numbers already stored (README, Configuration).";

    @Bean
    NationalIdCipher nationalIdCipher(Environment env) {
        return cipher(env);
    }

    public static NationalIdCipher cipher(Environment env) {
        String keys = env.getProperty("awards.id-keys", "").strip();
        String hashKey = env.getProperty("awards.id-hash-key", "").strip();
        boolean chosen = keys.equals(DEVELOPMENT);
        if (!chosen && !keys.isEmpty() && !hashKey.isEmpty()) {
            try {
                return new NationalIdCipher(keys, hashKey);
            } catch (IllegalArgumentException e) {
                throw new SettingRefused(e.getMessage(), FIX_KEYS, e);
            }
        }
        if (!chosen && (!keys.isEmpty() || !hashKey.isEmpty())) {
            String missing = keys.isEmpty() ? "AWARDS_ID_KEYS" : "AWARDS_ID_HASH_KEY";
            String set = keys.isEmpty() ? "AWARDS_ID_HASH_KEY" : "AWARDS_ID_KEYS";
            throw new SettingRefused(missing + " is not set, " + set + " is: both or neither", FIX_KEYS);
        }
        boolean production = Arrays.stream(env.getActiveProfiles()).anyMatch(p -> p.equalsIgnoreCase("production"));
        boolean embedded = env.getProperty("spring.datasource.url", "").isEmpty()
                && env.getProperty("awards.database.embedded", Boolean.class, true);
        boolean demo = env.getProperty("awards.demo", Boolean.class, false);
        if (production || !(chosen || embedded || demo)) {
            throw new SettingRefused("AWARDS_ID_KEYS and AWARDS_ID_HASH_KEY are not set: nominees' ID card "
                    + "numbers cannot be protected.", MAKE_KEYS);
        }
        log.warn("AWARDS_ID_KEYS and AWARDS_ID_HASH_KEY are not set: ID card numbers are sealed with the published "
                + "DEVELOPMENT key. Fine for the demo and development, never for real data.");
        return new NationalIdCipher(DEVELOPMENT_KEYS, DEVELOPMENT_HASH_KEY);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
