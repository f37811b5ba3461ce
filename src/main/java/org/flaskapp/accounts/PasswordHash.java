package org.flaskapp.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords stored as PBKDF2-HMAC-SHA256 hashes, in the form
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64). The iteration count is
 * stored with each hash, so raising {@link #ITERATIONS} leaves existing hashes valid, and
 * {@link #isOutdated} tells the sign-in to store a new one.
 */
final class PasswordHash {

    /** What OWASP asks for PBKDF2-HMAC-SHA256 (2023); about 0.2 s on one core of the build machine. */
    static final int ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** A new hash of {@code password} with a fresh salt. */
    static String of(String password) {
        return of(password, ITERATIONS);
    }

    static String of(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return String.join("$", SCHEME, Integer.toString(iterations), base64.encodeToString(salt),
                base64.encodeToString(derive(password, salt, iterations)));
    }

    /** Whether {@code password} is the one that {@code stored} was made from; constant time. */
    static boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code stored} was made with other parameters than new hashes get. */
    static boolean isOutdated(String stored) {
        return !stored.startsWith(SCHEME + "$" + ITERATIONS + "$");
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
