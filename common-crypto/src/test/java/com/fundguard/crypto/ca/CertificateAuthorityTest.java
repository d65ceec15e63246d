package com.fundguard.crypto.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    final CertificateAuthority ca = CertificateAuthority.createRoot("FundGuard Local CA", Duration.ofDays(3650), Clock.systemUTC());

    void validatesAgainstTheRoot(X509Certificate certificate) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate(), null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
    }

    @Test
    void aServerCertificateChainsToTheRootAndNamesTheServiceForTls() throws Exception {
        KeyPair key = CertificateAuthority.newKeyPair();

        X509Certificate server = ca.issueServer(key.getPublic(), "approval-service", List.of("localhost", "approval-service"),
                List.of("127.0.0.1"), Duration.ofDays(90));

        validatesAgainstTheRoot(server);
        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(server.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList()).contains("localhost", "approval-service", "127.0.0.1");
        assertThat(server.getBasicConstraints()).isEqualTo(-1);
        assertThat(ca.certificate().getBasicConstraints()).isZero();
    }

    @Test
    void anAgentsRequestBecomesAClientCertificateNamingEnterpriseAndAgentFromThePlatformNotTheRequest() throws Exception {
        KeyPair agent = CertificateAuthority.newKeyPair();
        UUID enterprise = UUID.randomUUID();
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=i-am-the-admin,O=other"), agent.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(agent.getPrivate()));

        X509Certificate certificate = ca.signAgentRequest(request, enterprise, "agent-7", Duration.ofDays(30));

        validatesAgainstTheRoot(certificate);
        assertThat(certificate.getPublicKey()).isEqualTo(agent.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=agent-7", "O=" + enterprise).doesNotContain("admin");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(CertificateAuthority.pem(certificate)).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void aRequestNotSignedByTheKeyItNamesIsRefused() throws Exception {
        KeyPair named = CertificateAuthority.newKeyPair();
        KeyPair signer = CertificateAuthority.newKeyPair();
        PKCS10CertificationRequest forged = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=agent-7"), named.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate()));

        assertThatThrownBy(() -> ca.signAgentRequest(forged, UUID.randomUUID(), "agent-7", Duration.ofDays(30)))
                .isInstanceOf(CertificateIssuanceException.class);
    }

    @Test
    void aCertificateFromAnotherAuthorityDoesNotValidate() {
        CertificateAuthority other = CertificateAuthority.createRoot("Someone Else", Duration.ofDays(365), Clock.systemUTC());
        X509Certificate foreign = other.issueAgent(CertificateAuthority.newKeyPair().getPublic(), UUID.randomUUID(), "agent-x", Duration.ofDays(1));

        assertThatThrownBy(() -> validatesAgainstTheRoot(foreign)).isInstanceOf(java.security.cert.CertPathValidatorException.class);
    }

    @Test
    void issuedKeysAndChainsExportAsPkcs12() throws Exception {
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate server = ca.issueServer(key.getPublic(), "gateway", List.of("localhost"), List.of(), Duration.ofDays(1));

        byte[] pkcs12 = ca.pkcs12For(key.getPrivate(), server, "changeit-local".toCharArray());

        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(pkcs12), "changeit-local".toCharArray());
        assertThat(store.getCertificateChain("fundguard")).hasSize(2);
    }

    @Test
    void aRevocationListSignedByTheRootNamesTheRevokedSerialAndNotTheOthers() throws Exception {
        X509Certificate revoked = ca.issueAgent(CertificateAuthority.newKeyPair().getPublic(), UUID.randomUUID(), "agent-r", Duration.ofDays(30));
        X509Certificate kept = ca.issueAgent(CertificateAuthority.newKeyPair().getPublic(), UUID.randomUUID(), "agent-k", Duration.ofDays(30));

        java.security.cert.X509CRL crl = ca.revocationList(java.util.Map.of(revoked.getSerialNumber(), java.time.Instant.now()),
                java.math.BigInteger.TWO, Duration.ofHours(1));

        crl.verify(ca.certificate().getPublicKey());
        assertThat(crl.isRevoked(revoked)).isTrue();
        assertThat(crl.isRevoked(kept)).isFalse();
        assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
    }

    @Test
    void theCaReadBackFromItsKeystoreIssuesCertificatesThatChainToTheSameRoot() throws Exception {
        char[] password = "keystore-password".toCharArray();
        CertificateAuthority reread = CertificateAuthority.fromPkcs12(ca.toPkcs12(password), password, Clock.systemUTC());

        X509Certificate issued = reread.issueAgent(CertificateAuthority.newKeyPair().getPublic(), UUID.randomUUID(), "agent-9", Duration.ofDays(1));

        assertThat(reread.certificate()).isEqualTo(ca.certificate());
        validatesAgainstTheRoot(issued);
        assertThatThrownBy(() -> CertificateAuthority.fromPkcs12(ca.toPkcs12(password), "wrong".toCharArray(), Clock.systemUTC()))
                .isInstanceOf(CertificateIssuanceException.class).hasMessageNotContaining("wrong");
    }
}
