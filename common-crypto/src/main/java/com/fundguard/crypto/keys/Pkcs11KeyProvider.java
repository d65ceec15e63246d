package com.fundguard.crypto.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * KEKs inside a PKCS#11 token through the JDK's SunPKCS11 provider: an HSM in production, SoftHSM2 in tests. The
 * keys are generated in the token, sensitive and not extractable (the provider configuration sets the attribute
 * template); the platform only ever holds handles and asks the token to encrypt and decrypt.
 */
public final class Pkcs11KeyProvider implements KeyProvider {

    private final Provider provider;
    private final KeyStore token;
    private final String activeKeyId;

    private Pkcs11KeyProvider(Provider provider, KeyStore token, String activeKeyId) {
        this.provider = provider;
        this.token = token;
        this.activeKeyId = activeKeyId;
    }

    /**
     * Logs in to the token described by the SunPKCS11 configuration file.
     *
     * @param pin the user PIN; the caller wipes it afterwards
     */
    public static Pkcs11KeyProvider login(Path configuration, char[] pin, String activeKeyId) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new KeyStoreAccessException("this JDK has no SunPKCS11 provider");
        }
        Provider provider;
        try {
            provider = base.configure(configuration.toString());
        } catch (RuntimeException e) {
            throw new KeyStoreAccessException("cannot load the PKCS#11 configuration " + configuration + ": " + e.getMessage());
        }
        try {
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, pin);
            return new Pkcs11KeyProvider(provider, token, activeKeyId);
        } catch (IOException e) {
            throw new KeyStoreAccessException("cannot log in to the PKCS#11 token (wrong PIN or token absent)");
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException("cannot log in to the PKCS#11 token: " + e.getClass().getSimpleName());
        }
    }

    /** Generates an AES-256 KEK in the token and stores it there under the id, unless one exists. */
    public void ensureKey(String keyId) {
        try {
            if (token.containsAlias(keyId)) {
                return;
            }
            KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
            generator.init(256);
            token.setEntry(keyId, new KeyStore.SecretKeyEntry(generator.generateKey()), null);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException("cannot create key " + keyId + " in the token: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String activeKeyId() {
        return activeKeyId;
    }

    @Override
    public SecretKey key(String keyId) {
        return KeyStoreEntries.secretKey(token, keyId, null, "the PKCS#11 token");
    }

    @Override
    public Provider cipherProvider() {
        return provider;
    }
}
