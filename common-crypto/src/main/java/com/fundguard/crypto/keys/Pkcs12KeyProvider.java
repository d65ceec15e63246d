package com.fundguard.crypto.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * KEKs as AES-256 secret-key entries of a password-protected PKCS#12 file: for the local stack and tests, where
 * no HSM is at hand. The file is created owner-only.
 */
public final class Pkcs12KeyProvider implements KeyProvider {

    private final KeyStore store;
    private final char[] password;
    private final String activeKeyId;

    private Pkcs12KeyProvider(KeyStore store, char[] password, String activeKeyId) {
        this.store = store;
        this.password = password.clone();
        this.activeKeyId = activeKeyId;
    }

    /** Opens the keystore file, creating it with a fresh KEK of that id if it does not exist yet. */
    public static Pkcs12KeyProvider openOrCreate(Path file, char[] password, String activeKeyId) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, null);
            }
            Pkcs12KeyProvider provider = new Pkcs12KeyProvider(store, password, activeKeyId);
            if (!store.containsAlias(activeKeyId)) {
                provider.addKey(activeKeyId);
                provider.save(file);
            }
            return provider;
        } catch (IOException e) {
            throw new KeyStoreAccessException("cannot open the PKCS#12 keystore (wrong password or damaged file)");
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException("cannot open the PKCS#12 keystore: " + e.getClass().getSimpleName());
        }
    }

    /** Adds a new KEK, for rotation; the caller saves. */
    public void addKey(String keyId) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        store.setEntry(keyId, new KeyStore.SecretKeyEntry(generator.generateKey()), new KeyStore.PasswordProtection(password));
    }

    public void save(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".kek", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException("cannot write the PKCS#12 keystore: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String activeKeyId() {
        return activeKeyId;
    }

    @Override
    public SecretKey key(String keyId) {
        return KeyStoreEntries.secretKey(store, keyId, password, "the PKCS#12 keystore");
    }

    @Override
    public Provider cipherProvider() {
        return Security.getProvider("SunJCE");
    }

    /** Forgets the password held for reading keys. */
    public void close() {
        Arrays.fill(password, '\0');
    }
}
