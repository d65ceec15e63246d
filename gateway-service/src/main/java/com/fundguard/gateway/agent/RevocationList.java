package com.fundguard.gateway.agent;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform CA's certificate revocation list as identity-service publishes it, fetched and cached. A list is
 * used only if the CA signed it and its next update has not passed; it is refetched every {@code refresh} (so a
 * revocation reaches the gateway within that time) and before its next update. When identity-service cannot be
 * reached the cached list serves until its next update, and after that nothing does: agent requests fail closed.
 */
final class RevocationList {

    private static final Logger log = LoggerFactory.getLogger(RevocationList.class);

    private final X509Certificate ca;
    private final URI uri;
    private final Duration refresh;
    private final Duration retry;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final ReentrantLock fetching = new ReentrantLock();

    private volatile X509CRL current;
    private volatile Instant fetchedAt = Instant.MIN;
    private volatile Instant lastAttempt = Instant.MIN;

    /** {@code tls}: the client side of the service mesh, or null for the JDK's default trust. */
    RevocationList(X509Certificate ca, URI uri, Duration refresh, Duration retry, Duration timeout, javax.net.ssl.SSLContext tls, Clock clock) {
        this.ca = ca;
        this.uri = uri;
        this.refresh = refresh;
        this.retry = retry;
        this.timeout = timeout;
        this.clock = clock;
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(timeout);
        if (tls != null) {
            http.sslContext(tls);
        }
        this.http = http.build();
    }

    /** A list that may be relied on now, or empty when none can be had. */
    Optional<X509CRL> current() {
        Instant now = clock.instant();
        if (due(now)) {
            refresh(now);
        }
        X509CRL crl = current;
        return crl != null && usable(crl, now) ? Optional.of(crl) : Optional.empty();
    }

    private boolean due(Instant now) {
        X509CRL crl = current;
        return crl == null
                || !now.isBefore(fetchedAt.plus(refresh))
                || !now.isBefore(crl.getNextUpdate().toInstant().minus(refresh));
    }

    private void refresh(Instant now) {
        X509CRL cached = current;
        boolean canWait = cached == null || !usable(cached, now);
        // One fetch at a time; requests that still have a usable list do not queue behind it.
        if (canWait) {
            fetching.lock();
        } else if (!fetching.tryLock()) {
            return;
        }
        try {
            if (!due(now) || now.isBefore(lastAttempt.plus(retry))) {
                return;
            }
            lastAttempt = now;
            X509CRL fetched = fetch();
            if (!usable(fetched, now)) {
                log.warn("The platform CA's revocation list from {} is past its next update; keeping what is cached", uri);
                return;
            }
            current = fetched;
            fetchedAt = now;
        } catch (Exception e) {
            log.warn("Cannot refresh the platform CA's revocation list from {}: {}", uri, e.getClass().getSimpleName());
        } finally {
            fetching.unlock();
        }
    }

    private X509CRL fetch() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode());
        }
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(response.body()));
        if (!crl.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            throw new SecurityException("issued by another CA");
        }
        crl.verify(ca.getPublicKey());
        return crl;
    }

    private static boolean usable(X509CRL crl, Instant now) {
        return crl.getNextUpdate() != null && now.isBefore(crl.getNextUpdate().toInstant());
    }
}
