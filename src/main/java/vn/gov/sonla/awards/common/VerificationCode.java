package vn.gov.sonla.awards.common;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code that verifies a printed certificate, made to be typed from paper: 20 characters of Crockford's Base32
 * (no I, L, O or U; 100 random bits), printed in four groups of five separated by hyphens. What a person types is
 * read without regard to case, spaces and hyphens, with O read as 0 and I, L as 1. Codes printed before this format
 * (22 characters of base64url) are still found, exactly as printed.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CROCKFORD = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final Pattern EARLIER = Pattern.compile("[A-Za-z0-9_-]{22}");

    private VerificationCode() {
    }

    /** A new code as stored: 20 characters, no separators. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as printed: "7K3QD-M2X9A-…" in groups of five; an earlier code as it was. */
    public static String printed(String stored) {
        if (!CROCKFORD.matcher(stored).matches()) {
            return stored;
        }
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(stored, i, i + GROUP);
        }
        return out.toString();
    }

    /** The stored code a typed or scanned code stands for; empty when it cannot be a code. */
    public static Optional<String> stored(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (EARLIER.matcher(s).matches()) {
            return Optional.of(s);
        }
        String normal = s.replaceAll("[\\s\\-\\u2010-\\u2015]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CROCKFORD.matcher(normal).matches() ? Optional.of(normal) : Optional.empty();
    }
}
