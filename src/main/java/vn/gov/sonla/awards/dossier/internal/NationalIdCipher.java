package vn.gov.sonla.awards.dossier.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps a nominee's ID card number (CMND/CCCD) unreadable in the database: each value is sealed with AES-GCM under
 * a random 96-bit IV, and carries a keyed hash (HMAC-SHA256) of the number so that the same number can be matched
 * without being read. A sealed value is {@code <hash>.<key id>.<IV, ciphertext and tag>} (URL-safe Base64, no
 * padding): the hash first, for the database to compare; the key id, so keys can be rotated.
 * <p>
 * Keys ({@code AWARDS_ID_KEYS}): {@code id:base64key,id:base64key…} — the first seals, all of them open. The hash key
 * ({@code AWARDS_ID_HASH_KEY}) is separate: the hash must stay comparable across rotations of the encryption keys.
 */
public final class NationalIdCipher {

    /** A sealed value: hash, key id, payload. A plain number has no dot. */
    private static final Pattern SEALED = Pattern.compile("[A-Za-z0-9_-]{43}\\.([A-Za-z0-9_-]{1,16})\\.[A-Za-z0-9_-]+");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys    {@code id:base64key,…}, the first one current; each key 16, 24 or 32 bytes (AES-128/192/256)
     * @param hashKey Base64, at least 32 bytes
     */
    public NationalIdCipher(String keys, String hashKey) {
        this.keys = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("AWARDS_ID_KEYS: each key is id:base64 (id of letters, digits, - or _)");
            }
            byte[] key = decode(parts[1], "AWARDS_ID_KEYS: key " + parts[0]);
            if (key.length != 16 && key.length != 24 && key.length != 32) {
                throw new IllegalArgumentException("AWARDS_ID_KEYS: key " + parts[0] + " must be 16, 24 or 32 bytes");
            }
            if (this.keys.put(parts[0], new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException("AWARDS_ID_KEYS: key id " + parts[0] + " appears twice");
            }
        }
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("AWARDS_ID_KEYS holds no key");
        }
        this.currentKeyId = this.keys.keySet().iterator().next();
        byte[] hash = decode(hashKey, "AWARDS_ID_HASH_KEY");
        if (hash.length < 32) {
            throw new IllegalArgumentException("AWARDS_ID_HASH_KEY must be at least 32 bytes");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not Base64", e);
        }
    }

    /** The number sealed under the current key, with its hash; null stays null. */
    public String seal(String number) {
        if (number == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return hash(number) + "." + currentKeyId + "." + base64(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an ID card number", e);
        }
    }

    /** The number inside a sealed value; null stays null. Fails on an unknown key or a value that was altered. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        String keyId = keyIdOf(sealed);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("ID card number sealed under key '" + keyId + "', which is not in AWARDS_ID_KEYS");
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf('.') + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open an ID card number sealed under key '" + keyId + "'", e);
        }
    }

    /** The keyed hash of a number, as stored in front of its sealed value; null stays null. */
    public String hash(String number) {
        if (number == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return base64(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash an ID card number", e);
        }
    }

    /** Whether a sealed value is under the key that seals now (otherwise it is re-sealed at start-up). */
    public boolean isCurrent(String sealed) {
        return currentKeyId.equals(keyIdOf(sealed));
    }

    /** Whether the key that sealed this value is known (an old frozen copy may outlive its key). */
    public boolean canOpen(String sealed) {
        return keys.containsKey(keyIdOf(sealed));
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public static boolean isSealed(String value) {
        return value != null && SEALED.matcher(value).matches();
    }

    private static String keyIdOf(String sealed) {
        var m = SEALED.matcher(sealed);
        if (!m.matches()) {
            throw new IllegalStateException("not a sealed ID card number");
        }
        return m.group(1);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
