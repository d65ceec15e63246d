package com.fundguard.agent.platform;

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
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The agent's HTTP client towards the gateway. With a platform CA named ({@code FUNDGUARD_PLATFORM_CA}, a PEM file,
 * as in the local stack), the gateway's TLS certificate must chain to that CA and to nothing else; without one, the
 * JDK's trusted roots decide (a gateway with a public certificate).
 */
public final class PlatformConnection {

    private PlatformConnection() {
    }

    public static HttpClient client(Optional<Path> platformCa) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        platformCa.ifPresent(ca -> builder.sslContext(trusting(ca)));
        return builder.build();
    }

    private static SSLContext trusting(Path caPem) {
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
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform CA " + caPem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the platform CA " + caPem + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
