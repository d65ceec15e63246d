package com.fundguard.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Signing and verification with ECDSA P-256 (SHA-256) or Ed25519, the algorithm chosen by the key. A signature
 * that does not verify is {@code false}, never an exception; a malformed one too.
 */
public final class Signatures {

    private Signatures() {
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithmOf(key));
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getClass().getSimpleName(), e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(algorithmOf(key));
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (java.security.SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify: " + e.getClass().getSimpleName(), e);
        }
    }

    static String algorithmOf(Key key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
        };
    }
}
