package com.fundguard.agent.platform;

import com.fundguard.agent.identity.AgentIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The agent's HTTP clients towards the gateway (and its TLS towards the bank). With a platform CA named ({@code FUNDGUARD_PLATFORM_CA}, a PEM file,
 * as in the local stack), the gateway's TLS certificate must chain to that CA and to nothing else; without one, the
 * JDK's trusted roots decide (a gateway with a public certificate).
 */
public final class PlatformConnection {

    private PlatformConnection() {
    }

    public static HttpClient client(Optional<Path> platformCa) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        platformCa.ifPresent(ca -> builder.sslContext(tls(trustManagers(ca), null)));
        return builder.build();
    }

    /**
     * The client for the agent's work: mutual TLS, presenting the agent's certificate (the gateway admits agents to
     * {@code /api/agent/**} and the token endpoint by it, and binds their tokens to it, RFC 8705).
     */
    public static HttpClient mutualTls(Optional<Path> platformCa, AgentIdentity identity) {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .sslContext(tls(platformCa.map(PlatformConnection::trustManagers).orElse(null), identity.tlsKeyManagers()))
                .build();
    }

    /**
     * TLS presenting {@code clientKeys} and trusting {@code trustedCa} only (the JDK's roots when empty): for the bank
     * channel, which knows the installation by its client certificate.
     */
    public static SSLContext mutualTlsContext(Optional<Path> trustedCa, KeyManager[] clientKeys) {
        return tls(trustedCa.map(PlatformConnection::trustManagers).orElse(null), clientKeys);
    }

    private static SSLContext tls(TrustManager[] trust, KeyManager[] keys) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getClass().getSimpleName(), e);
        }
    }

    private static TrustManager[] trustManagers(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("platform-ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IllegalStateException("no certificate in " + caPem);
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            return trustManagers.getTrustManagers();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform CA " + caPem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the platform CA " + caPem + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
