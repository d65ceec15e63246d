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
}
