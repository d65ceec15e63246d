package com.fundguard.agent.enrolment;

import com.fundguard.agent.identity.AgentIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the agent's PKCS#10 request with the one-time enrolment code its enterprise admin created, and installs the
 * certificate the platform CA returns. The code is read from the environment and never printed.
 */
public final class Enrolment {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;

    public Enrolment(HttpClient http) {
        this.http = http;
    }

    /** What enrolment gave: the certificate's serial and end of validity. */
    public record Outcome(String serial, String notAfter) {
    }

    public Outcome enrol(URI platform, String enrolmentCode, AgentIdentity identity, Path directory, char[] password) {
        String body = JSON.createObjectNode().put("enrolmentCode", enrolmentCode).put("csr", identity.enrolmentRequestPem()).toString();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(platform.resolve("/api/agent-enrolments")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the platform at " + platform + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (response.statusCode() != 201) {
            throw new IllegalStateException("enrolment refused (" + response.statusCode() + "): " + detail(response.body()));
        }
        JsonNode issued = JSON.readTree(response.body());
        identity.installCertificate(directory, password, certificate(issued.get("certificate").asString()),
                certificate(issued.get("caCertificate").asString()));
        return new Outcome(issued.get("serial").asString(), issued.get("notAfter").asString());
    }

    private static String detail(String problem) {
        try {
            JsonNode node = JSON.readTree(problem);
            return node.has("detail") ? node.get("detail").asString() : "no detail";
        } catch (RuntimeException e) {
            return "no detail";
        }
    }

    private static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("the platform's answer holds no certificate");
        }
    }
}
