package com.fundguard.crypto.mesh;

import com.fundguard.crypto.ca.CertificateAuthority;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The private PKI of one run of the platform's services (service-to-service mTLS): a CA made in memory whose key
 * never leaves the process that made it, issuing every service one certificate that serves TLS and authenticates the
 * service when it calls another. It is deliberately not the platform CA that issues agents' certificates: an agent's
 * certificate opens the gateway's agent routes and nothing behind the gateway.
 */
public final class ServiceMesh {

    private static final Duration VALIDITY = Duration.ofDays(30);

    private final CertificateAuthority ca;

    private ServiceMesh(CertificateAuthority ca) {
        this.ca = ca;
    }

    public static ServiceMesh create(String name, Clock clock) {
        return new ServiceMesh(CertificateAuthority.createRoot(name, VALIDITY.plusDays(1), clock));
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /** A new key and certificate for {@code serviceName} on this machine (localhost, 127.0.0.1). */
    public MeshMember issue(String serviceName) {
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate certificate = ca.issueService(key.getPublic(), serviceName, List.of("localhost"), List.of("127.0.0.1"), VALIDITY);
        return new MeshMember(serviceName, certificate, key.getPrivate(), ca.certificate());
    }
}
