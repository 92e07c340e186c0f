package vn.socongvu.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of a backup's data: AES-256-GCM in segments (the STREAM construction, as Tink's streaming AEAD and
 * age use it), so that a file of any size is encrypted and decrypted as it streams, each 64 KiB checked before any
 * of it is used, in a few hundred KiB of memory.
 * <p>
 * Layout: salt (16 bytes) · nonce prefix (7) · segments. The key is derived from the password by PBKDF2
 * (HMAC-SHA256, 200 000 rounds) with the salt. Segment {@code i} is at most 64 KiB of plaintext, encrypted with
 * the nonce {@code prefix · i (4 bytes, big-endian) · last (1 byte: 1 for the final segment, else 0)} and followed
 * by its 16-byte tag. A wrong password, a changed byte, segments reordered, dropped or added, and a file cut at a
 * segment boundary all fail a tag check: nothing unchecked is ever returned.
 * <p>
 * Backups made before this format (one AES-GCM message over the whole script: salt · IV (12) · ciphertext · tag)
 * are still read by {@link #decryptWhole}, never written.
 */
final class BackupCrypto {
    static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;
    private static final int SALT = 16;
    private static final int PREFIX = 7;
    private static final int ROUNDS = 200_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCrypto() {
    }

    /**
     * Encrypts what is written to the returned stream into {@code out}; closing it writes the final segment and
     * closes {@code out}.
     */
    static OutputStream encrypting(OutputStream out, char[] password) throws IOException {
        byte[] salt = random(SALT);
        try {
            SecretKeySpec key = key(password, salt);
            out.write(salt);
            return segments(out, key);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /**
     * Encrypts for the holder of an {@link AutoBackupKey}'s password, without it: a new X25519 key pair is made for
     * this stream, the AES key derived (HKDF-SHA256) from its agreement with the key's public half. The stream starts
     * with that new public key and the key's password-sealed private half, so the file opens with the password alone.
     * Layout: ephemeral public key · sealed private key (each: length, 2 bytes, then the bytes) · nonce prefix ·
     * segments.
     */
    static OutputStream encryptingFor(OutputStream out, AutoBackupKey recipient) throws IOException {
        try {
            KeyPair ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] ephemeralPublic = ephemeral.getPublic().getEncoded();
            SecretKeySpec key = agreed(ephemeral.getPrivate(), recipient.publicKey(), ephemeralPublic);
            DataOutputStream header = new DataOutputStream(out);
            header.writeShort(ephemeralPublic.length);
            header.write(ephemeralPublic);
            header.writeShort(recipient.sealedPrivate().length);
            header.write(recipient.sealedPrivate());
            return segments(out, key);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** Decrypts what {@link #encryptingFor} wrote, with the password that seals its private key. */
    static InputStream decryptingWithKeyPair(InputStream in, char[] password) throws IOException, GeneralSecurityException {
        DataInputStream header = new DataInputStream(in);
        byte[] ephemeralPublic = header.readNBytes(Math.min(header.readUnsignedShort(), 256));
        byte[] sealed = header.readNBytes(Math.min(header.readUnsignedShort(), 1024));
        PrivateKey own = AutoBackupKey.openPrivate(sealed, password);
        PublicKey theirs = KeyFactory.getInstance("X25519")
                .generatePublic(new X509EncodedKeySpec(ephemeralPublic));
        return unsegments(in, agreed(own, theirs, ephemeralPublic));
    }

    /** X25519 agreement, then HKDF-SHA256 (salt: the ephemeral public key) to an AES-256 key. */
    private static SecretKeySpec agreed(PrivateKey own, PublicKey theirs, byte[] salt)
            throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(own);
        ka.doPhase(theirs, true);
        byte[] shared = ka.generateSecret();
        KDF hkdf = KDF.getInstance("HKDF-SHA256");
        byte[] key = hkdf.deriveData(HKDFParameterSpec.ofExtract().addIKM(shared).addSalt(salt)
                .thenExpand("socongvu automatic backup".getBytes(StandardCharsets.UTF_8), 32));
        Arrays.fill(shared, (byte) 0);
        return new SecretKeySpec(key, "AES");
    }

    private static OutputStream segments(OutputStream out, SecretKeySpec key) throws IOException {
        byte[] prefix = random(PREFIX);
        out.write(prefix);
        return new Encrypting(out, key, prefix);
    }

    private static InputStream unsegments(InputStream in, SecretKeySpec key) throws IOException {
        byte[] prefix = in.readNBytes(PREFIX);
        if (prefix.length < PREFIX) {
            throw new EOFException("the encrypted data is cut short");
        }
        return new Decrypting(in, key, prefix);
    }

    /**
     * Decrypts {@code in} as it is read. A segment that fails its check throws {@link AEADBadTagException} (an
     * IOException's cause) before any of it is returned.
     * @throws GeneralSecurityException when the key cannot be derived
     */
    static InputStream decrypting(InputStream in, char[] password) throws IOException, GeneralSecurityException {
        byte[] salt = in.readNBytes(SALT);
        if (salt.length < SALT) {
            throw new EOFException("the encrypted data is cut short");
        }
        return unsegments(in, key(password, salt));
    }

    /** True when {@code e}, or what caused it, is a failed tag check: a wrong password or a changed file. */
    static boolean failedCheck(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AEADBadTagException) {
                return true;
            }
        }
        return false;
    }

    /** The format of backups made before segments: one message, checked whole. */
    static byte[] decryptWhole(byte[] data, char[] password) throws GeneralSecurityException {
        if (data.length < SALT + 12 + TAG) {
            throw new AEADBadTagException("too short");
        }
        byte[] salt = Arrays.copyOfRange(data, 0, SALT);
        byte[] iv = Arrays.copyOfRange(data, SALT, SALT + 12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key(password, salt), new GCMParameterSpec(128, iv));
        return c.doFinal(data, SALT + 12, data.length - SALT - 12);
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static SecretKeySpec key(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ROUNDS, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static GCMParameterSpec nonce(byte[] prefix, int segment, boolean last) {
        ByteBuffer n = ByteBuffer.allocate(PREFIX + 5);
        n.put(prefix).putInt(segment).put((byte) (last ? 1 : 0));
        return new GCMParameterSpec(TAG * 8, n.array());
    }

    /** Holds one segment; a full one is encrypted only when more comes, so the final one is always known. */
    private static final class Encrypting extends OutputStream {
        private final OutputStream out;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private int segment;
        private boolean closed;

        Encrypting(OutputStream out, SecretKeySpec key, byte[] prefix) {
            this.out = out;
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    seal(false);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            if (segment == -1) {
                throw new IOException("too many segments");
            }
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, nonce(prefix, segment, last));
                out.write(c.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            segment++;
            filled = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                out.close();
            }
        }
    }

    /** Reads a segment and one byte beyond it: when none follows, the segment must be the final one. */
    private static final class Decrypting extends InputStream {
        private final InputStream in;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] sealed = new byte[SEGMENT + TAG];
        private int lookahead = -2; // -2: not read yet; -1: end of input; else the first byte of the next segment
        private byte[] plain = new byte[0];
        private int pos;
        private int segment;
        private boolean done;

        Decrypting(InputStream in, SecretKeySpec key, byte[] prefix) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == plain.length) {
                if (done) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            int n = 0;
            if (lookahead == -2) {
                lookahead = in.read();
            }
            if (lookahead >= 0) {
                sealed[n++] = (byte) lookahead;
                n += in.readNBytes(sealed, n, sealed.length - n);
                lookahead = in.read();
            }
            boolean last = lookahead < 0;
            if (n < TAG || (!last && n < sealed.length)) {
                throw new IOException(new AEADBadTagException("the encrypted data is cut short"));
            }
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, key, nonce(prefix, segment, last));
                plain = c.doFinal(sealed, 0, n);
            } catch (AEADBadTagException e) {
                throw new IOException(e);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            pos = 0;
            segment++;
            done = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
