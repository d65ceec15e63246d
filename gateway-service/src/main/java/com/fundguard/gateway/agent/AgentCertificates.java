package com.fundguard.gateway.agent;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InvalidNameException;
import javax.net.ssl.SSLContext;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.stereotype.Component;

/**
 * Checks an agent's client certificate the way the platform CA issues them (common-crypto's CertificateAuthority):
 * signed by the CA, inside its validity, extended key usage clientAuth, subject {@code O=<enterprise id>,
 * OU=operator-agent, CN=<agent id>}, and not on the CA's current revocation list. TLS has already checked the
 * chain when the gateway's SSL bundle trusts the CA; this check stands on its own so that an agent route is never
 * open because of a TLS setting.
 */
@Component
public class AgentCertificates {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String AGENT_UNIT = "operator-agent";

    private final X509Certificate ca;
    private final RevocationList revocations;
    private final Clock clock;

    /** The revocation list is fetched over the gateway's outgoing TLS ({@code spring.http.clients.ssl}: the mesh). */
    AgentCertificates(AgentProperties properties, HttpClientSettings outgoing, Clock clock) {
        this.clock = clock;
        this.ca = properties.caCertificate() == null ? null : read(properties);
        SSLContext tls = outgoing.sslBundle() == null ? null : outgoing.sslBundle().createSslContext();
        this.revocations = ca == null ? null : new RevocationList(ca, properties.crlUri(), properties.crlRefresh(),
                properties.crlRetry(), properties.crlFetchTimeout(), tls, clock);
    }

    public Verification verify(X509Certificate certificate) {
        if (ca == null) {
            return new Verification.RevocationStatusUnknown();
        }
        try {
            if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
                return new Verification.Rejected(Verification.Reason.UNTRUSTED);
            }
            certificate.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return new Verification.Rejected(Verification.Reason.UNTRUSTED);
        }
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return new Verification.Rejected(Verification.Reason.EXPIRED);
        }
        Optional<AgentCertificate> agent = agentNamed(certificate);
        if (agent.isEmpty()) {
            return new Verification.Rejected(Verification.Reason.NOT_AN_AGENT_CERTIFICATE);
        }
        Optional<X509CRL> crl = revocations.current();
        if (crl.isEmpty()) {
            return new Verification.RevocationStatusUnknown();
        }
        if (crl.get().isRevoked(certificate)) {
            return new Verification.Rejected(Verification.Reason.REVOKED);
        }
        return new Verification.Verified(agent.get());
    }

    private static Optional<AgentCertificate> agentNamed(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            if (usages == null || !usages.contains(CLIENT_AUTH)) {
                return Optional.empty();
            }
            Map<String, String> names = new HashMap<>();
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)).getRdns()) {
                if (names.put(rdn.getType().toUpperCase(java.util.Locale.ROOT), String.valueOf(rdn.getValue())) != null) {
                    return Optional.empty(); // a repeated name is ambiguous: refuse rather than pick one
                }
            }
            String agentId = names.get("CN");
            if (!AGENT_UNIT.equals(names.get("OU")) || agentId == null || agentId.isBlank() || names.get("O") == null) {
                return Optional.empty();
            }
            return Optional.of(new AgentCertificate(UUID.fromString(names.get("O")), agentId, Thumbprints.x5tS256(certificate)));
        } catch (CertificateParsingException | InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static X509Certificate read(AgentProperties properties) {
        try (InputStream in = properties.caCertificate().getInputStream()) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the platform CA certificate " + properties.caCertificate(), e);
        }
    }
}
