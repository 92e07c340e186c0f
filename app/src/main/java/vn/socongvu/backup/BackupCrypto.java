package vn.socongvu.backup;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a key derived from the password by PBKDF2 (HMAC-SHA256, 200 000 rounds).
 * Layout: salt (16 bytes) · IV (12 bytes) · ciphertext with its 16-byte tag. A wrong password or a
 * damaged file fails the tag check: nothing half-decrypted is ever used.
 */
final class BackupCrypto {
    private static final int ROUNDS = 200_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCrypto() {
    }

    /**
     * Encrypts as it is written, in the layout above: salt and IV first, then what is written to the
     * returned stream, encrypted; closing it writes the tag and closes {@code out}.
     */
    static java.io.OutputStream encrypting(java.io.OutputStream out, char[] password) throws java.io.IOException {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(password, salt), new GCMParameterSpec(128, iv));
            out.write(salt);
            out.write(iv);
            return new javax.crypto.CipherOutputStream(out, c);
        } catch (GeneralSecurityException e) {
            throw new java.io.IOException(e);
        }
    }

    static byte[] decrypt(byte[] data, char[] password) throws GeneralSecurityException {
        if (data.length < 28 + 16) {
            throw new GeneralSecurityException("too short");
        }
        byte[] salt = java.util.Arrays.copyOfRange(data, 0, 16);
        byte[] iv = java.util.Arrays.copyOfRange(data, 16, 28);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key(password, salt), new GCMParameterSpec(128, iv));
        return c.doFinal(data, 28, data.length - 28);
    }

    private static SecretKeySpec key(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ROUNDS, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }
}
