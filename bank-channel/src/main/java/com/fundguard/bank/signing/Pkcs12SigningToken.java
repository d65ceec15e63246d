package com.fundguard.bank.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * The local stack's stand-in for a UKEY: a PKCS#12 file whose password plays the PIN. The file is read for each
 * signature and the key dropped after it, as a token would be locked again.
 */
public final class Pkcs12SigningToken implements SigningToken {

    private final Path file;
    private final String keyAlias;

    public Pkcs12SigningToken(Path file, String keyAlias) {
        this.file = file;
        this.keyAlias = keyAlias;
    }

    @Override
    public OrderSignature sign(byte[] document, char[] pin) {
        try {
            KeyStore store = open(pin);
            if (!(store.getKey(keyAlias, pin) instanceof PrivateKey key) || !(store.getCertificate(keyAlias) instanceof X509Certificate certificate)) {
                throw new SigningRefusedException("the file holds no key and certificate named " + keyAlias);
            }
            return OrderSignature.of(document, key, certificate, null);
        } catch (GeneralSecurityException e) {
            throw new SigningRefusedException("the file's key could not be used: " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    @Override
    public X509Certificate certificate(char[] pin) {
        try {
            if (!(open(pin).getCertificate(keyAlias) instanceof X509Certificate certificate)) {
                throw new SigningRefusedException("the file holds no certificate named " + keyAlias);
            }
            return certificate;
        } catch (GeneralSecurityException e) {
            throw new SigningRefusedException("the file could not be read: " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private KeyStore open(char[] pin) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, pin);
            return store;
        } catch (IOException e) {
            // A wrong password surfaces as an IOException from PKCS#12's integrity check.
            throw new SigningRefusedException("the token refused the PIN, or the file cannot be read");
        }
    }
}
