package com.fundguard.crypto.sealing;

import com.fundguard.crypto.keys.KeyPairs;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * ECIES sealing to a recipient's P-256 public key: an ephemeral ECDH key agreement, HKDF-SHA256 over the shared
 * secret (salted with both public keys, so a box is bound to its recipient), AES-256-GCM with the caller's
 * associated data. How bank credentials reach exactly one operator agent: sealed to the one-time key it sent.
 */
public final class Sealing {

    private static final byte[] INFO = "fundguard/seal/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random = new SecureRandom();

    /** A P-256 key pair for a recipient, e.g. an agent's one-time key for one credential release. */
    public static KeyPair newRecipientKeyPair() {
        return KeyPairs.p256();
    }

    public SealedBox seal(PublicKey recipient, byte[] secret, byte[] associatedData) {
        if (!(recipient instanceof ECPublicKey)) {
            throw new SealingException("the recipient key must be an EC P-256 public key");
        }
        byte[] key = null;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(((ECPublicKey) recipient).getParams(), random);
            KeyPair ephemeral = generator.generateKeyPair();
            key = derive(ephemeral.getPrivate(), recipient, ephemeral.getPublic().getEncoded(), recipient.getEncoded());
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData);
            return new SealedBox(ephemeral.getPublic().getEncoded(), nonce, cipher.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new SealingException("cannot seal: " + e.getClass().getSimpleName());
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    public byte[] open(KeyPair recipient, SealedBox box, byte[] associatedData) {
        byte[] key = null;
        try {
            PublicKey ephemeral = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(box.ephemeralPublicKey()));
            key = derive(recipient.getPrivate(), ephemeral, box.ephemeralPublicKey(), recipient.getPublic().getEncoded());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, box.nonce()));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(box.ciphertext());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealingException("the sealed box does not open with this key and associated data");
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    private static byte[] derive(PrivateKey own, PublicKey other, byte[] ephemeralEncoded, byte[] recipientEncoded)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(own);
        agreement.doPhase(other, true);
        byte[] shared = agreement.generateSecret();
        try {
            byte[] salt = Arrays.copyOf(ephemeralEncoded, ephemeralEncoded.length + recipientEncoded.length);
            System.arraycopy(recipientEncoded, 0, salt, ephemeralEncoded.length, recipientEncoded.length);
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(shared, salt, INFO));
            byte[] key = new byte[32];
            hkdf.generateBytes(key, 0, key.length);
            return key;
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }
}
