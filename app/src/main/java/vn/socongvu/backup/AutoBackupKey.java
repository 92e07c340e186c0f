package vn.socongvu.backup;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The key that encrypts automatic backups without the clerk's password being kept anywhere (README, "Backing up
 * and restoring"). When the clerk sets the password, the app makes an X25519 key pair: the public half encrypts
 * every automatic backup (made while nobody types anything); the private half is kept only sealed with the
 * password (PBKDF2 → AES-256-GCM) — in the settings and inside every such backup — so that opening one takes the
 * password, and a copy of the data folder or of a backup tells nothing without it.
 *
 * @param publicKeyBytes X.509 encoding of the public key
 * @param sealedPrivate salt (16) · IV (12) · the PKCS#8 private key encrypted with its tag
 */
public record AutoBackupKey(byte[] publicKeyBytes, byte[] sealedPrivate) {
    private static final int SALT = 16;
    private static final int IV = 12;

    /** A new key sealed with {@code password}. */
    public static AutoBackupKey create(char[] password) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] salt = BackupCrypto.random(SALT);
            byte[] iv = BackupCrypto.random(IV);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, BackupCrypto.key(password, salt), new GCMParameterSpec(128, iv));
            byte[] encoded = pair.getPrivate().getEncoded();
            byte[] sealed = c.doFinal(encoded);
            Arrays.fill(encoded, (byte) 0);
            byte[] all = new byte[SALT + IV + sealed.length];
            System.arraycopy(salt, 0, all, 0, SALT);
            System.arraycopy(iv, 0, all, SALT, IV);
            System.arraycopy(sealed, 0, all, SALT + IV, sealed.length);
            return new AutoBackupKey(pair.getPublic().getEncoded(), all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e); // X25519, AES-GCM and PBKDF2 are in every JDK
        }
    }

    /** Whether {@code password} is the one that seals this key. */
    public boolean opensWith(char[] password) {
        try {
            openPrivate(sealedPrivate, password);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    PublicKey publicKey() throws GeneralSecurityException {
        return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(publicKeyBytes));
    }

    /** The private key sealed in {@code sealed}; a wrong password fails the tag check. */
    static PrivateKey openPrivate(byte[] sealed, char[] password) throws GeneralSecurityException {
        if (sealed.length < SALT + IV + 16) {
            throw new AEADBadTagException("too short");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, BackupCrypto.key(password, Arrays.copyOfRange(sealed, 0, SALT)),
                new GCMParameterSpec(128, sealed, SALT, IV));
        byte[] encoded = c.doFinal(sealed, SALT + IV, sealed.length - SALT - IV);
        try {
            return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** "public.sealed", both Base64: how the settings keep it. */
    public String text() {
        Base64.Encoder b = Base64.getEncoder();
        return b.encodeToString(publicKeyBytes) + "." + b.encodeToString(sealedPrivate);
    }

    /** The key {@link #text()} wrote; null for anything else. */
    public static AutoBackupKey parse(String text) {
        if (text == null) {
            return null;
        }
        int dot = text.indexOf('.');
        try {
            return dot < 0 ? null : new AutoBackupKey(Base64.getDecoder().decode(text.substring(0, dot)),
                    Base64.getDecoder().decode(text.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
