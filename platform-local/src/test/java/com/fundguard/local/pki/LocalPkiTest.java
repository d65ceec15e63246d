package com.fundguard.local.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPkiTest {

    @TempDir Path data;

    static List<X509Certificate> certificates(Path pem) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(Files.readAllBytes(pem)))
                .stream().map(X509Certificate.class::cast).toList();
    }

    @Test
    void theGatewaysCertificateForLocalhostChainsToThePlatformCaAndItsKeyIsOwnerOnly() throws Exception {
        LocalPki pki = LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), List.of("identity-service"));

        X509Certificate ca = certificates(pki.file(LocalPki.CA_CERTIFICATE)).getFirst();
        List<X509Certificate> chain = certificates(pki.file(LocalPki.GATEWAY_CERTIFICATE));
        chain.getFirst().verify(ca.getPublicKey());
        assertThat(chain.getFirst().getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList())
                .contains("localhost", "127.0.0.1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pki.file(LocalPki.GATEWAY_KEY)))).isEqualTo("rw-------");
        assertThat(Files.readString(pki.file(LocalPki.GATEWAY_KEY))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pki.file(LocalPki.CA_KEYSTORE)))).isEqualTo("rw-------");
    }

    @Test
    void theSamePlatformCaServesEveryStartOfADataDirectory() throws Exception {
        X509Certificate first = certificates(LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), List.of("identity-service")).file(LocalPki.CA_CERTIFICATE)).getFirst();

        X509Certificate second = certificates(LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), List.of("identity-service")).file(LocalPki.CA_CERTIFICATE)).getFirst();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyMeshMemberGetsACertificateOfAMeshCaThatIsNotThePlatformCaAndAKeyOnlyItsOwnerReads() throws Exception {
        LocalPki pki = LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), List.of("identity-service", "gateway-service"));

        var identity = pki.meshFilesOf("identity-service");
        X509Certificate meshCa = certificates(identity.caCertificate()).getFirst();
        X509Certificate platformCa = certificates(pki.file(LocalPki.CA_CERTIFICATE)).getFirst();
        certificates(identity.certificateChain()).getFirst().verify(meshCa.getPublicKey());
        assertThat(meshCa.getPublicKey()).isNotEqualTo(platformCa.getPublicKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(identity.privateKey()))).isEqualTo("rw-------");
        assertThat(certificates(pki.meshFilesOf("gateway-service").certificateChain()).getFirst().getSubjectX500Principal().getName())
                .startsWith("CN=gateway-service");
        assertThatThrownBy(() -> pki.meshFilesOf("bank-sandbox")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMeshIsNewAtEveryStartSoNoOldCertificateStaysValid() throws Exception {
        X509Certificate first = certificates(LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), List.of("identity-service"))
                .meshFilesOf("identity-service").caCertificate()).getFirst();

        X509Certificate second = certificates(LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), List.of("identity-service"))
                .meshFilesOf("identity-service").caCertificate()).getFirst();

        assertThat(second.getPublicKey()).isNotEqualTo(first.getPublicKey());
    }
}
