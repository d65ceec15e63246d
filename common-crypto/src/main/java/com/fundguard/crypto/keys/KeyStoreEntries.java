package com.fundguard.crypto.keys;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.crypto.SecretKey;

/** Reading a secret key from a JCA key store the same way for every provider: unknown id, or the key. */
final class KeyStoreEntries {

    private KeyStoreEntries() {
    }

    static SecretKey secretKey(KeyStore store, String keyId, char[] password, String where) {
        try {
            if (!store.containsAlias(keyId)) {
                throw new UnknownKeyException(keyId);
            }
            return (SecretKey) store.getKey(keyId, password);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException("cannot read key " + keyId + " from " + where + ": " + e.getClass().getSimpleName());
        }
    }
}
