package com.fundguard.crypto.envelope;

import com.fundguard.crypto.keys.KeyProvider;
import com.fundguard.crypto.keys.UnknownKeyException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption with AES-256-GCM: a fresh data key per secret, the data key encrypted (wrapped) by a
 * key-encryption key from a {@link KeyProvider}. The associated data (for example enterprise id + payer account)
 * is authenticated with both the wrapped key and the data, so a ciphertext copied to another owner's row does
 * not decrypt there.
 */
public final class EnvelopeEncryption {

    private static final int TAG_BITS = 128;
    private static final byte[] WRAP_CONTEXT = "fundguard/data-key/v1".getBytes(StandardCharsets.US_ASCII);

    private final KeyProvider keys;
    private final SecureRandom random;

    public EnvelopeEncryption(KeyProvider keys) {
        this(keys, new SecureRandom());
    }

    EnvelopeEncryption(KeyProvider keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public Envelope encrypt(byte[] plaintext, byte[] associatedData) {
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        try {
            String keyId = keys.activeKeyId();
            byte[] wrapNonce = nonce();
            byte[] wrapped = wrap(keyId, wrapNonce, dataKey, associatedData);
            byte[] dataNonce = nonce();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, dataNonce));
            cipher.updateAAD(concat(Envelope.authenticatedHeader(Envelope.VERSION), associatedData));
            return new Envelope(Envelope.VERSION, keyId, wrapNonce, wrapped, dataNonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    public byte[] decrypt(Envelope envelope, byte[] associatedData) {
        byte[] dataKey = unwrap(envelope, associatedData);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, envelope.dataNonce()));
            cipher.updateAAD(concat(Envelope.authenticatedHeader(envelope.version()), associatedData));
            return cipher.doFinal(envelope.ciphertext());
        } catch (AEADBadTagException e) {
            throw new DecryptionFailedException("the ciphertext does not open with this associated data");
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("the ciphertext does not open: " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Re-wraps the data key under the provider's active KEK (key rotation). The encrypted data is not touched: its
     * authenticated header is the format version, not the KEK id; a forged KEK id fails at the unwrap instead.
     */
    public Envelope rewrap(Envelope envelope, byte[] associatedData) {
        byte[] dataKey = unwrap(envelope, associatedData);
        try {
            String keyId = keys.activeKeyId();
            byte[] wrapNonce = nonce();
            return new Envelope(Envelope.VERSION, keyId, wrapNonce, wrap(keyId, wrapNonce, dataKey, associatedData),
                    envelope.dataNonce(), envelope.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("re-wrapping failed: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] wrap(String keyId, byte[] nonce, byte[] dataKey, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", keys.cipherProvider());
        cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(concat(WRAP_CONTEXT, associatedData));
        return cipher.doFinal(dataKey);
    }

    private byte[] unwrap(Envelope envelope, byte[] associatedData) {
        SecretKey kek;
        try {
            kek = keys.key(envelope.keyId());
        } catch (UnknownKeyException e) {
            throw new DecryptionFailedException("the ciphertext was wrapped by a key this provider does not hold");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", keys.cipherProvider());
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, envelope.wrapNonce()));
            cipher.updateAAD(concat(WRAP_CONTEXT, associatedData));
            byte[] dataKey = cipher.doFinal(envelope.wrappedKey());
            if (dataKey.length != 32) {
                throw new DecryptionFailedException("the wrapped data key has the wrong size");
            }
            return dataKey;
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("the data key does not unwrap with this associated data");
        }
    }

    private byte[] nonce() {
        byte[] nonce = new byte[Envelope.NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + 4 + b.length);
        // The length prefix keeps (a, b) pairs unambiguous: "ab"+"c" differs from "a"+"bc".
        both[a.length] = (byte) (b.length >>> 24);
        both[a.length + 1] = (byte) (b.length >>> 16);
        both[a.length + 2] = (byte) (b.length >>> 8);
        both[a.length + 3] = (byte) b.length;
        System.arraycopy(b, 0, both, a.length + 4, b.length);
        return both;
    }
}
