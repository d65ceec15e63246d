package com.fundguard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.agent.identity.AgentIdentity;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorAgentTest {

    static final String PASSWORD = "agent-keystore-secret-42";

    @TempDir Path data;
    final UUID enterprise = UUID.randomUUID();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Map<String, String> environment(String gateway, String password) {
        Map<String, String> env = new HashMap<>(Map.of(
                "FUNDGUARD_GATEWAY_URL", gateway,
                "FUNDGUARD_ENTERPRISE_ID", enterprise.toString(),
                "FUNDGUARD_AGENT_ID", "agent-7",
                "FUNDGUARD_AGENT_DATA", data.toString()));
        env.put("FUNDGUARD_AGENT_KEYSTORE_PASSWORD", password);
        return env;
    }

    int run(String command, Map<String, String> env) {
        return OperatorAgent.run(new String[] {command}, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void initCreatesAnOwnerOnlyKeystoreAndASignedEnrolmentRequestNamingEnterpriseAndAgent() throws Exception {
        assertThat(run("init", environment("http://localhost:1", PASSWORD))).isZero();

        assertThat(Files.getPosixFilePermissions(data.resolve("agent.p12")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        PKCS10CertificationRequest request = AgentIdentity.load(data, PASSWORD.toCharArray()).enrolmentRequest();
        assertThat(request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(request.getSubjectPublicKeyInfo()))).isTrue();
        assertThat(request.getSubject().toString()).contains("O=" + enterprise).contains("CN=agent-7");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(Files.readString(data.resolve("agent.csr.pem"))).contains("-----BEGIN CERTIFICATE REQUEST-----");
    }

    @Test
    void initNeverOverwritesAnExistingIdentity() throws Exception {
        run("init", environment("http://localhost:1", PASSWORD));
        byte[] before = Files.readAllBytes(data.resolve("agent.p12"));

        assertThat(run("init", environment("http://localhost:1", PASSWORD))).isEqualTo(1);

        assertThat(Files.readAllBytes(data.resolve("agent.p12"))).isEqualTo(before);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("never overwritten");
    }

    @Test
    void aWrongKeystorePasswordIsRefusedWithoutEchoingEitherPassword() {
        run("init", environment("http://localhost:1", PASSWORD));

        assertThat(run("status", environment("http://localhost:1", "not-the-password"))).isEqualTo(1);

        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("wrong password or damaged file").doesNotContain(PASSWORD).doesNotContain("not-the-password");
    }

    @Test
    void statusReportsThePlatformUpWhenTheGatewayAnswersHealthy() throws Exception {
        run("init", environment("http://localhost:1", PASSWORD));
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        try {
            assertThat(run("status", environment("http://127.0.0.1:" + gateway.getAddress().getPort(), PASSWORD))).isZero();
        } finally {
            gateway.stop(0);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("platform: UP");
    }

    @Test
    void statusReportsThePlatformDownWhenNothingAnswers() {
        run("init", environment("http://localhost:1", PASSWORD));

        assertThat(run("status", environment("http://127.0.0.1:1", PASSWORD))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("platform: DOWN");
    }

    @Test
    void missingSettingsAreNamedAndThePasswordIsNeverTakenFromArguments() {
        Map<String, String> env = environment("http://localhost:1", PASSWORD);
        env.remove("FUNDGUARD_AGENT_KEYSTORE_PASSWORD");

        assertThat(run("init", env)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FUNDGUARD_AGENT_KEYSTORE_PASSWORD");
        assertThat(Set.of(data.toFile().list())).isEmpty();
        assertThat(AgentSettings.fromEnvironment(environment("http://x", PASSWORD)).toString()).doesNotContain(PASSWORD);
    }

    /** A CA for the test platform (Bouncy Castle directly: the agent has no platform code). */
    static final class TestPlatformCa {
        final java.security.KeyPair key;
        final java.security.cert.X509Certificate certificate;

        TestPlatformCa() throws Exception {
            var generator = java.security.KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            key = generator.generateKeyPair();
            certificate = sign(new org.bouncycastle.asn1.x500.X500Name("CN=Test Platform CA"), key.getPublic(), true);
        }

        java.security.cert.X509Certificate sign(org.bouncycastle.asn1.x500.X500Name subject, java.security.PublicKey publicKey) throws Exception {
            return sign(subject, publicKey, false);
        }

        java.security.cert.X509Certificate sign(org.bouncycastle.asn1.x500.X500Name subject, java.security.PublicKey publicKey, boolean ca) throws Exception {
            var now = java.time.Instant.now();
            var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(new org.bouncycastle.asn1.x500.X500Name("CN=Test Platform CA"),
                    java.math.BigInteger.valueOf(now.toEpochMilli()), java.util.Date.from(now.minusSeconds(60)),
                    java.util.Date.from(now.plusSeconds(86_400)), subject, publicKey)
                    .addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true, new org.bouncycastle.asn1.x509.BasicConstraints(ca));
            return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                    builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())));
        }

        static String pem(Object value) throws Exception {
            var text = new java.io.StringWriter();
            try (var writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(text)) {
                writer.writeObject(value);
            }
            return text.toString();
        }
    }

    /** A platform that signs whatever key {@code keyFor} picks: the agent's own, or another. */
    HttpServer platformIssuing(TestPlatformCa ca, java.util.function.Function<java.security.PublicKey, java.security.PublicKey> keyFor) throws Exception {
        HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.createContext("/api/agent-enrolments", exchange -> {
            try {
                String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String csrPem = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request).get("csr").asString();
                var csr = (org.bouncycastle.pkcs.PKCS10CertificationRequest) new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(csrPem)).readObject();
                var requested = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(csr).getPublicKey();
                var issued = ca.sign(new org.bouncycastle.asn1.x500.X500Name("CN=agent-7,OU=operator-agent,O=" + enterprise), keyFor.apply(requested));
                byte[] body = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                        .put("certificate", TestPlatformCa.pem(issued)).put("caCertificate", TestPlatformCa.pem(ca.certificate))
                        .put("serial", issued.getSerialNumber().toString()).put("notAfter", issued.getNotAfter().toInstant().toString())
                        .toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, body.length);
                exchange.getResponseBody().write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        platform.start();
        return platform;
    }

    @Test
    void enrolSendsTheRequestWithTheCodeAndKeepsTheIssuedCertificateWithTheKey() throws Exception {
        run("init", environment("http://localhost:1", PASSWORD));
        HttpServer platform = platformIssuing(new TestPlatformCa(), requested -> requested);
        Map<String, String> env = environment("http://127.0.0.1:" + platform.getAddress().getPort(), PASSWORD);
        env.put("FUNDGUARD_ENROLMENT_CODE", "one-time-code-123");
        try {
            assertThat(run("enrol", env)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            platform.stop(0);
        }

        var identity = com.fundguard.agent.identity.AgentIdentity.load(data, PASSWORD.toCharArray());
        assertThat(identity.enrolled()).isTrue();
        assertThat(data.resolve("platform-ca.pem")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).contains("Enrolled").doesNotContain("one-time-code-123");
    }

    @Test
    void enrolRefusesACertificateForAnotherKeyAndKeepsTheIdentityAsItWas() throws Exception {
        run("init", environment("http://localhost:1", PASSWORD));
        var other = java.security.KeyPairGenerator.getInstance("EC");
        other.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        var otherKey = other.generateKeyPair().getPublic();
        HttpServer platform = platformIssuing(new TestPlatformCa(), requested -> otherKey);
        Map<String, String> env = environment("http://127.0.0.1:" + platform.getAddress().getPort(), PASSWORD);
        env.put("FUNDGUARD_ENROLMENT_CODE", "one-time-code-123");
        try {
            assertThat(run("enrol", env)).isEqualTo(1);
        } finally {
            platform.stop(0);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("another key");
        assertThat(com.fundguard.agent.identity.AgentIdentity.load(data, PASSWORD.toCharArray()).enrolled()).isFalse();
    }

    /** An HTTPS gateway whose certificate the test platform CA issued for 127.0.0.1. */
    com.sun.net.httpserver.HttpsServer httpsGateway(TestPlatformCa ca) throws Exception {
        return httpsGateway(ca, false);
    }

    /** As above; with {@code requireClientCertificate}, only clients presenting a certificate from {@code ca} get in. */
    com.sun.net.httpserver.HttpsServer httpsGateway(TestPlatformCa ca, boolean requireClientCertificate) throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        var key = generator.generateKeyPair();
        var now = java.time.Instant.now();
        var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(new org.bouncycastle.asn1.x500.X500Name("CN=Test Platform CA"),
                java.math.BigInteger.valueOf(now.toEpochMilli() + 1), java.util.Date.from(now.minusSeconds(60)), java.util.Date.from(now.plusSeconds(3600)),
                new org.bouncycastle.asn1.x500.X500Name("CN=gateway"), key.getPublic())
                .addExtension(org.bouncycastle.asn1.x509.Extension.subjectAlternativeName, false,
                        new org.bouncycastle.asn1.x509.GeneralNames(new org.bouncycastle.asn1.x509.GeneralName(
                                org.bouncycastle.asn1.x509.GeneralName.iPAddress, "127.0.0.1")));
        var certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(ca.key.getPrivate())));
        var store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("gateway", key.getPrivate(), "x".toCharArray(), new java.security.cert.Certificate[] {certificate, ca.certificate});
        var keyManagers = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, "x".toCharArray());
        var tls = javax.net.ssl.SSLContext.getInstance("TLS");
        var trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca.certificate);
        var trustManagers = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        var server = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters parameters) {
                var ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(requireClientCertificate);
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void overHttpsTheAgentTrustsThePlatformCaItIsGivenAndNoOther() throws Exception {
        run("init", environment("http://localhost:1", PASSWORD));
        TestPlatformCa ca = new TestPlatformCa();
        var gateway = httpsGateway(ca);
        Path caPem = data.resolve("given-ca.pem");
        Files.writeString(caPem, TestPlatformCa.pem(ca.certificate));
        Path otherCaPem = data.resolve("other-ca.pem");
        Files.writeString(otherCaPem, TestPlatformCa.pem(new TestPlatformCa().certificate));
        Map<String, String> trusting = environment("https://127.0.0.1:" + gateway.getAddress().getPort(), PASSWORD);
        trusting.put("FUNDGUARD_PLATFORM_CA", caPem.toString());
        Map<String, String> trustingAnother = new HashMap<>(trusting);
        trustingAnother.put("FUNDGUARD_PLATFORM_CA", otherCaPem.toString());
        try {
            assertThat(run("status", trusting)).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(run("status", trustingAnother)).isEqualTo(1);
        } finally {
            gateway.stop(0);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("platform: UP", "platform: DOWN");
    }

    Map<String, String> runEnvironment(String gateway) {
        Map<String, String> env = environment(gateway, PASSWORD);
        env.put("FUNDGUARD_UKEY_PKCS12", data.resolve("ukey.p12").toString());
        env.put("FUNDGUARD_UKEY_KEY_ALIAS", "fundguard");
        env.put("FUNDGUARD_BANK_URL", "https://127.0.0.1:1/channel/v1");
        env.put("FUNDGUARD_AGENT_STATUS_PORT", "0");
        return env;
    }

    @Test
    void runNamesTheBankSettingItMissesAndStartsNothing() {
        run("init", environment("http://localhost:1", PASSWORD));
        Map<String, String> env = runEnvironment("http://localhost:1");
        env.remove("FUNDGUARD_BANK_URL");

        assertThat(run("run", env)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FUNDGUARD_BANK_URL");
        assertThat(data.resolve("execution-journal.json")).doesNotExist();
    }

    @Test
    void runRefusesAnAgentThatIsNotEnrolledYet() {
        run("init", environment("http://localhost:1", PASSWORD));

        assertThat(run("run", runEnvironment("http://localhost:1"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not enrolled").doesNotContain(PASSWORD);
    }

    @Test
    void theAgentPresentsItsEnrolledCertificateToAGatewayThatRequiresOne() throws Exception {
        run("init", environment("http://localhost:1", PASSWORD));
        TestPlatformCa ca = new TestPlatformCa();
        HttpServer platform = platformIssuing(ca, requested -> requested);
        Map<String, String> env = environment("http://127.0.0.1:" + platform.getAddress().getPort(), PASSWORD);
        env.put("FUNDGUARD_ENROLMENT_CODE", "one-time-code-123");
        try {
            assertThat(run("enrol", env)).isZero();
        } finally {
            platform.stop(0);
        }
        var gateway = httpsGateway(ca, true);
        var presented = new java.util.concurrent.atomic.AtomicReference<String>();
        gateway.createContext("/who", exchange -> {
            try {
                presented.set(((com.sun.net.httpserver.HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName());
                exchange.sendResponseHeaders(204, -1);
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                exchange.sendResponseHeaders(401, -1);
            }
            exchange.close();
        });
        Path caPem = data.resolve("given-ca.pem");
        Files.writeString(caPem, TestPlatformCa.pem(ca.certificate));
        try {
            var identity = AgentIdentity.load(data, PASSWORD.toCharArray());
            var client = com.fundguard.agent.platform.PlatformConnection.mutualTls(java.util.Optional.of(caPem), identity);
            var answer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://127.0.0.1:" + gateway.getAddress().getPort() + "/who")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(204);
        } finally {
            gateway.stop(0);
        }
        assertThat(presented.get()).contains("CN=agent-7");
    }
}
