package com.fundguard.bank.signing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginException;

/**
 * A UKEY behind a PKCS#11 library through the JDK's SunPKCS11 (a bank's or vendor's library in production, SoftHSM2
 * in tests). Each signature logs in with the PIN, signs inside the token (the key never leaves it), and logs out, so
 * the token is never left open for the next caller.
 */
public final class Pkcs11SigningToken implements SigningToken {

    private final AuthProvider provider;
    private final String keyAlias;

    private Pkcs11SigningToken(AuthProvider provider, String keyAlias) {
        this.provider = provider;
        this.keyAlias = keyAlias;
    }

    /** The token described by a SunPKCS11 configuration file, its signing key under {@code keyAlias}. */
    public static Pkcs11SigningToken of(Path configuration, String keyAlias) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningRefusedException("this JDK has no SunPKCS11 provider");
        }
        try {
            return new Pkcs11SigningToken((AuthProvider) base.configure(configuration.toString()), keyAlias);
        } catch (RuntimeException e) {
            throw new SigningRefusedException("cannot load the PKCS#11 configuration " + configuration);
        }
    }

    @Override
    public OrderSignature sign(byte[] document, char[] pin) {
        return whileLoggedIn(pin, token -> {
            PrivateKey key = (PrivateKey) token.getKey(keyAlias, null);
            X509Certificate certificate = (X509Certificate) token.getCertificate(keyAlias);
            if (key == null || certificate == null) {
                throw new SigningRefusedException("the token holds no key and certificate named " + keyAlias);
            }
            return OrderSignature.of(document, key, certificate, provider);
        });
    }

    @Override
    public X509Certificate certificate(char[] pin) {
        return whileLoggedIn(pin, token -> {
            X509Certificate certificate = (X509Certificate) token.getCertificate(keyAlias);
            if (certificate == null) {
                throw new SigningRefusedException("the token holds no certificate named " + keyAlias);
            }
            return certificate;
        });
    }

    private interface TokenWork<T> {
        T on(KeyStore token) throws GeneralSecurityException;
    }

    private <T> T whileLoggedIn(char[] pin, TokenWork<T> work) {
        List<PasswordCallback> handedOut = new ArrayList<>();
        try {
            provider.login(null, callbacks -> {
                for (Callback callback : callbacks) {
                    if (!(callback instanceof PasswordCallback password)) {
                        throw new UnsupportedCallbackException(callback);
                    }
                    password.setPassword(pin);
                    handedOut.add(password);
                }
            });
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, null);
            return work.on(token);
        } catch (LoginException e) {
            throw new SigningRefusedException("the token refused the PIN, or is locked or absent");
        } catch (GeneralSecurityException | IOException e) {
            throw new SigningRefusedException("the token could not be used: " + e.getClass().getSimpleName());
        } finally {
            try {
                provider.logout();
            } catch (LoginException notLoggedIn) {
                // Nothing to close: the login itself failed.
            }
            handedOut.forEach(PasswordCallback::clearPassword);
            Arrays.fill(pin, '\0');
        }
    }
}
