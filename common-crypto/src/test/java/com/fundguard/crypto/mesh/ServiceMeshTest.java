package com.fundguard.crypto.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS 1.3 handshakes over loopback between members of a mesh and strangers. */
class ServiceMeshTest {

    final ServiceMesh mesh = ServiceMesh.create("FundGuard Test Service Mesh", Clock.systemUTC());

    @Test
    void twoMembersOfTheMeshAuthenticateEachOtherAndTheServerLearnsWhoCalled() throws Exception {
        MeshMember identity = mesh.issue("identity-service");
        MeshMember gateway = mesh.issue("gateway-service");

        assertThat(handshake(identity.sslContext(), gateway.sslContext()).get(10, TimeUnit.SECONDS))
                .isEqualTo("CN=gateway-service,OU=service,O=FundGuard");
    }

    @Test
    void refusesACallerWithoutACertificate() throws Exception {
        MeshMember identity = mesh.issue("identity-service");
        SSLContext anonymous = SSLContext.getInstance("TLS");
        anonymous.init(null, new TrustManager[] {trustOnly(identity.ca())}, null);

        assertThatThrownBy(() -> handshake(identity.sslContext(), anonymous).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void refusesAMemberOfAnotherMeshEvenWithTheSameName() throws Exception {
        MeshMember identity = mesh.issue("identity-service");
        MeshMember impostor = ServiceMesh.create("FundGuard Test Service Mesh", Clock.systemUTC()).issue("gateway-service");
        /*
         * The impostor trusts our CA, so its side of the handshake goes through and only the server's verdict on its
         * certificate decides: were both sides to refuse, whichever spoke first would decide how the other saw it end
         * (an alert, or a broken pipe), and the test would check the race, not the server.
         */
        SSLContext impostorThatKnowsOurCa = SSLContext.getInstance("TLS");
        KeyManagerFactory impostorKeys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        impostorKeys.init(impostor.keyStore(), new char[0]);
        impostorThatKnowsOurCa.init(impostorKeys.getKeyManagers(), new TrustManager[] {trustOnly(identity.ca())}, null);

        assertThatThrownBy(() -> handshake(identity.sslContext(), impostorThatKnowsOurCa).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aMemberRefusesAServerOfAnotherMeshEvenWithTheSameName() throws Exception {
        MeshMember gateway = mesh.issue("gateway-service");
        MeshMember impostor = ServiceMesh.create("FundGuard Test Service Mesh", Clock.systemUTC()).issue("identity-service");
        SSLServerSocket listener = (SSLServerSocket) impostor.sslContext().getServerSocketFactory().createServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (listener; SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.startHandshake();
            } catch (IOException expected) {
                // The member hangs up on the impostor; the impostor's view of it is not under test.
            }
        });

        try (SSLSocket socket = (SSLSocket) gateway.sslContext().getSocketFactory().createSocket("localhost", listener.getLocalPort())) {
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aMembersCertificateServesAndAuthenticatesAClientOnThisMachine() throws Exception {
        X509Certificate certificate = mesh.issue("rules-service").certificate();

        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1)).containsExactly("localhost", "127.0.0.1");
        certificate.verify(mesh.caCertificate().getPublicKey());
    }

    @Test
    void writesTheKeyOwnerOnlyAndNeverShowsIt(@TempDir Path directory) throws IOException {
        MeshMember member = mesh.issue("approval-service");

        MeshMember.PemFiles files = member.writeTo(directory);

        assertThat(Files.getPosixFilePermissions(files.privateKey())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(files.privateKey())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(files.certificateChain())).contains("-----BEGIN CERTIFICATE-----");
        assertThat(member.toString()).doesNotContain("PRIVATE").contains("approval-service");
    }

    /** Server needs a client certificate; returns the subject of the client it authenticated. */
    private static CompletableFuture<String> handshake(SSLContext server, SSLContext client) throws IOException {
        SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0);
        listener.setNeedClientAuth(true);
        CompletableFuture<String> accepted = CompletableFuture.supplyAsync(() -> {
            try (listener; SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.startHandshake();
                String peer = ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
                socket.getOutputStream().write(1);
                return peer;
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("localhost", listener.getLocalPort())) {
            socket.startHandshake();
            // TLS 1.3 sends the server's verdict on the client certificate after the client's handshake ends.
            socket.getInputStream().read();
        } catch (IOException clientSide) {
            // The server's verdict is the one under test; it fails too when it refused the client.
        }
        return accepted;
    }

    private static javax.net.ssl.X509TrustManager trustOnly(X509Certificate ca) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca);
        javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        return (javax.net.ssl.X509TrustManager) factory.getTrustManagers()[0];
    }
}
