package com.fundguard.identity.agent.application;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.crypto.ca.CertificateIssuanceException;
import com.fundguard.identity.agent.domain.AgentEnrolmentRefused;
import com.fundguard.identity.agent.domain.AgentEnrolmentRefused.Reason;
import com.fundguard.identity.agent.domain.EnrolmentCode;
import com.fundguard.identity.directory.application.Users;
import com.fundguard.identity.directory.domain.Role;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operator agents join the platform: an enterprise admin creates a one-time code for a named agent; the agent sends
 * a PKCS#10 request with it and receives an ECDSA certificate from the platform CA naming its enterprise and itself
 * (never what the request claims); before expiry it renews by signing a new request with its current key; an admin
 * revokes a certificate and the revocation list says so at once.
 */
public class AgentEnrolments {

    public static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(90);
    static final Duration CRL_VALIDITY = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgentStore store;
    private final AgentClients clients;
    private final Users users;
    private final CertificateAuthority ca;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile X509CRL cachedCrl;

    public AgentEnrolments(AgentStore store, AgentClients clients, Users users, CertificateAuthority ca,
                           TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.clients = clients;
        this.users = users;
        this.ca = ca;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record NewCode(String code, String agentId, Instant expiresAt) {
        @Override
        public String toString() {
            return "NewCode[agentId=" + agentId + ", expiresAt=" + expiresAt + ", code=(hidden)]";
        }
    }

    public record Issued(X509Certificate certificate, X509Certificate caCertificate, String clientId) {
    }

    public NewCode createCode(UUID enterpriseId, UUID adminId, String agentId) {
        EnrolmentCode.checkAgentId(agentId);
        requireAdmin(enterpriseId, adminId, "an enterprise admin of this enterprise creates enrolment codes");
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = now();
        EnrolmentCode enrolment = new EnrolmentCode(hash(code), enterpriseId, agentId, now.plus(EnrolmentCode.VALIDITY), null);
        transactions.executeWithoutResult(status -> store.addCode(enrolment, adminId, now));
        return new NewCode(code, agentId, enrolment.expiresAt());
    }

    /** The agent's request with the code: a certificate for the agent the code was made for, once. */
    public Issued enrol(String code, String requestPem) {
        PKCS10CertificationRequest request = parseRequest(requestPem);
        return transactions.execute(status -> {
            EnrolmentCode enrolment = store.codeForUpdate(hash(code == null ? "" : code))
                    .orElseThrow(() -> new AgentEnrolmentRefused(Reason.UNKNOWN_OR_USED_CODE, "the enrolment code is unknown or used"));
            store.markUsed(enrolment.use(now()));
            return issue(enrolment.enterpriseId(), enrolment.agentId(), request);
        });
    }

    /**
     * Renewal before expiry: a new request (signed by the new key) and a signature over its DER bytes by the key of
     * the current, unexpired, unrevoked certificate. The new certificate names the same enterprise and agent.
     */
    public Issued renew(String currentCertificatePem, String requestPem, String signatureOverRequest) {
        X509Certificate current = parseCertificate(currentCertificatePem);
        PKCS10CertificationRequest request = parseRequest(requestPem);
        try {
            current.verify(ca.certificate().getPublicKey());
            current.checkValidity(java.util.Date.from(now()));
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(current.getPublicKey());
            signature.update(request.getEncoded());
            if (!signature.verify(Base64.getDecoder().decode(signatureOverRequest))) {
                throw new AgentEnrolmentRefused(Reason.NOT_RENEWABLE, "the renewal is not signed by the current certificate's key");
            }
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new AgentEnrolmentRefused(Reason.NOT_RENEWABLE, "the current certificate is not a valid platform certificate");
        }
        return transactions.execute(status -> {
            AgentStore.IssuedCertificate known = store.certificate(current.getSerialNumber())
                    .orElseThrow(() -> new AgentEnrolmentRefused(Reason.NOT_RENEWABLE, "the current certificate is not known"));
            if (known.revokedAt() != null) {
                throw new AgentEnrolmentRefused(Reason.NOT_RENEWABLE, "the current certificate is revoked; enrol again");
            }
            return issue(known.enterpriseId(), known.agentId(), request);
        });
    }

    public void revoke(UUID enterpriseId, UUID adminId, BigInteger serial) {
        requireAdmin(enterpriseId, adminId, "an enterprise admin of this enterprise revokes certificates");
        boolean revoked = Boolean.TRUE.equals(transactions.execute(status -> store.revoke(enterpriseId, serial, adminId, now())));
        if (!revoked && store.certificate(serial).filter(c -> c.enterpriseId().equals(enterpriseId)).isEmpty()) {
            throw new AgentEnrolmentRefused(Reason.UNKNOWN_CERTIFICATE, "no such certificate of this enterprise");
        }
        cachedCrl = null;
    }

    /** The current revocation list, signed by the platform CA; re-signed after a revocation or before it goes stale. */
    public X509CRL revocationList() {
        X509CRL crl = cachedCrl;
        if (crl == null || crl.getNextUpdate().toInstant().minus(CRL_VALIDITY.dividedBy(2)).isBefore(now())) {
            crl = ca.revocationList(store.revoked(), store.nextCrlNumber(), CRL_VALIDITY);
            cachedCrl = crl;
        }
        return crl;
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /** Admin as the directory says now, not as a token said when it was issued. */
    private void requireAdmin(UUID enterpriseId, UUID userId, String rule) {
        boolean admin = users.byId(userId).filter(u -> u.enterpriseId().equals(enterpriseId))
                .map(u -> u.holds(Role.ENTERPRISE_ADMIN)).orElse(false);
        if (!admin) {
            throw new AgentEnrolmentRefused(Reason.NOT_AN_ADMIN, rule);
        }
    }

    private Issued issue(UUID enterpriseId, String agentId, PKCS10CertificationRequest request) {
        X509Certificate certificate;
        try {
            certificate = ca.signAgentRequest(request, enterpriseId, agentId, CERTIFICATE_VALIDITY);
        } catch (CertificateIssuanceException e) {
            throw new AgentEnrolmentRefused(Reason.BAD_REQUEST, "the certificate request is not signed by the key it names");
        }
        store.addCertificate(enterpriseId, agentId, certificate, thumbprint(certificate));
        clients.register(enterpriseId, agentId, certificate.getSubjectX500Principal().getName());
        return new Issued(certificate, ca.certificate(), AgentClients.clientId(enterpriseId, agentId));
    }

    /** RFC 8705 section 3.1: base64url SHA-256 of the DER certificate, the {@code x5t#S256} of bound tokens. */
    public static String thumbprint(X509Certificate certificate) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PKCS10CertificationRequest parseRequest(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem == null ? "" : pem))) {
            if (parser.readObject() instanceof PKCS10CertificationRequest request) {
                return request;
            }
        } catch (IOException | RuntimeException e) {
            // refused below, without echoing the input
        }
        throw new AgentEnrolmentRefused(Reason.BAD_REQUEST, "csr is a PEM PKCS#10 certificate request");
    }

    private static X509Certificate parseCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream((pem == null ? "" : pem).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new AgentEnrolmentRefused(Reason.NOT_RENEWABLE, "certificate is a PEM X.509 certificate");
        }
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
