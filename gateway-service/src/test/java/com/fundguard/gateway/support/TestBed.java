package com.fundguard.gateway.support;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.gateway.access.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Everything around the gateway that a test needs, real and on loopback: a platform CA (common-crypto) that issues
 * the gateway's server certificate and agent certificates and signs revocation lists; identity-service's JWK set
 * and CRL endpoints; the signing key of access tokens; and a recording HTTP server for every service, so a test
 * sees exactly which requests got through and with which headers.
 */
public final class TestBed {

    public static final String ISSUER = "http://identity.test";
    public static final String AGENT_ID = "agent-7";
    public static final char[] PASSWORD = "changeit".toCharArray();

    public final UUID enterprise = UUID.randomUUID();
    public final UUID otherEnterprise = UUID.randomUUID();
    public final CertificateAuthority ca = CertificateAuthority.createRoot("FundGuard Test Platform CA", Duration.ofDays(2), Clock.systemUTC());
    public final Path files;
    public final Map<String, HttpServer> services = new ConcurrentHashMap<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final AtomicInteger jwksFetches = new AtomicInteger();
    /** When set, identity-service's JWK set endpoint answers 503. */
    public final java.util.concurrent.atomic.AtomicBoolean jwksDown = new java.util.concurrent.atomic.AtomicBoolean();
    /** What identity-service's CRL endpoint answers: status and body. */
    public final AtomicReference<Map.Entry<Integer, byte[]>> crlAnswer = new AtomicReference<>();

    /** An agent of the enterprise whose certificate the CA revoked (on the list identity-service serves). */
    public final Agent revokedAgent;

    private final ECKey signingKey;
    private final ECKey strangerKey;
    private final ECKey rotatedKey;

    /** One request as a service received it. */
    public record Received(String service, String method, String path, Headers headers, byte[] body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    public TestBed() {
        try {
            files = Files.createTempDirectory("gateway-test");
            signingKey = new ECKeyGenerator(Curve.P_256).keyID("identity-1").generate();
            strangerKey = new ECKeyGenerator(Curve.P_256).keyID("identity-1").generate();
            rotatedKey = new ECKeyGenerator(Curve.P_256).keyID("identity-2").generate();
            KeyPair server = CertificateAuthority.newKeyPair();
            X509Certificate serverCertificate = ca.issueServer(server.getPublic(), "gateway", List.of("localhost"), List.of("127.0.0.1"), Duration.ofDays(1));
            Files.writeString(files.resolve("server.crt"), CertificateAuthority.pem(serverCertificate) + CertificateAuthority.pem(ca.certificate()));
            Files.writeString(files.resolve("server.key"), pkcs8Pem(server.getPrivate()));
            Files.writeString(files.resolve("ca.crt"), CertificateAuthority.pem(ca.certificate()));
            revokedAgent = agent(ca, enterprise, "agent-revoked", Duration.ofDays(1));
            serveCrl(Map.of(revokedAgent.certificate().getSerialNumber(), Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        for (String name : List.of("identity", "approval", "rules", "bank-connector", "voucher", "notification", "reconciliation")) {
            service(name);
        }
    }

    /** The properties that point a gateway at this bed: HTTPS with client-auth want, identity, CA, services. */
    public void configure(BiConsumer<String, Object> property) {
        property.accept("server.ssl.bundle", "gateway");
        property.accept("server.ssl.client-auth", "want");
        property.accept("spring.ssl.bundle.pem.gateway.keystore.certificate", "file:" + files.resolve("server.crt"));
        property.accept("spring.ssl.bundle.pem.gateway.keystore.private-key", "file:" + files.resolve("server.key"));
        property.accept("spring.ssl.bundle.pem.gateway.truststore.certificate", "file:" + files.resolve("ca.crt"));
        property.accept("fundguard.gateway.identity.issuer", ISSUER);
        property.accept("fundguard.gateway.identity.jwk-set-uri", uriOf("identity") + "/oauth2/jwks");
        property.accept("fundguard.gateway.agents.ca-certificate", "file:" + files.resolve("ca.crt"));
        property.accept("fundguard.gateway.agents.crl-uri", uriOf("identity") + "/api/platform-ca/crl");
        property.accept("fundguard.gateway.portal-origin", "https://portal.fundguard.test");
        for (String name : services.keySet()) {
            property.accept("fundguard.gateway.services." + name, uriOf(name).toString());
        }
    }

    /** An agent's key and certificate as PKCS#12, issued by {@code issuer} (the platform CA unless a test says). */
    public Agent agent(CertificateAuthority issuer, UUID enterpriseId, String agentId, Duration validity) {
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate certificate = issuer.issueAgent(key.getPublic(), enterpriseId, agentId, validity);
        return new Agent(certificate, issuer.pkcs12For(key.getPrivate(), certificate, PASSWORD));
    }

    public record Agent(X509Certificate certificate, byte[] pkcs12) {
    }

    public URI uriOf(String service) {
        return URI.create("http://127.0.0.1:" + services.get(service).getAddress().getPort());
    }

    /** A client acting for itself (client credentials): no person, no enterprise, only scopes. */
    public String clientToken(String clientId, String... scopes) {
        Instant now = Instant.now();
        return sign(signingKey, new JWTClaimsSet.Builder().issuer(ISSUER).subject(clientId).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).claim("client_id", clientId)
                .claim("scope", List.of(scopes)).build());
    }

    /** A signed access token as identity-service issues it to a person. */
    public String token(String subject, UUID enterpriseId, Role... roles) {
        return sign(signingKey, claims(subject, enterpriseId, roles).build());
    }

    /** The same claims, signed by a key identity-service never published. */
    public String forgedToken(String subject, UUID enterpriseId, Role... roles) {
        return sign(strangerKey, claims(subject, enterpriseId, roles).build());
    }

    /** Signed by a key id the gateway has not seen (as after a key rotation): it must fetch the JWK set again. */
    public String tokenOfANewKey(String subject, UUID enterpriseId, Role... roles) {
        return sign(rotatedKey, claims(subject, enterpriseId, roles).build());
    }

    public String expiredToken(String subject, UUID enterpriseId, Role... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(signingKey, claims(subject, enterpriseId, roles).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build());
    }

    /** An agent's client-credentials token bound to a certificate (RFC 8705 {@code cnf.x5t#S256}). */
    public String agentToken(String agentId, UUID enterpriseId, String thumbprint) {
        return sign(signingKey, claims("agent:" + agentId, enterpriseId, Role.OPERATOR)
                .claim("client_id", "agent-" + agentId)
                .claim("cnf", Map.of("x5t#S256", thumbprint))
                .build());
    }

    /** identity-service's CRL endpoint answers a list naming these serials, valid for an hour. */
    public void serveCrl(Map<BigInteger, Instant> revoked) {
        X509CRL crl = ca.revocationList(revoked, BigInteger.valueOf(System.nanoTime()), Duration.ofHours(1));
        try {
            crlAnswer.set(Map.entry(200, crl.getEncoded()));
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Received> receivedWith(String requestId) {
        return received.stream().filter(r -> requestId.equals(r.header("X-Request-Id"))).toList();
    }

    public void stop() {
        services.values().forEach(s -> s.stop(0));
    }

    private JWTClaimsSet.Builder claims(String subject, UUID enterpriseId, Role... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("enterprise_id", enterpriseId.toString())
                .claim("roles", Arrays.stream(roles).map(Role::name).toList())
                .claim("client_id", "portal");
    }

    private static String sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void service(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> answer(name, exchange));
            server.start();
            services.put(name, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(String name, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (name.equals("identity") && path.equals("/oauth2/jwks")) {
            jwksFetches.incrementAndGet();
            if (jwksDown.get()) {
                respond(exchange, 503, "text/plain", new byte[0]);
                return;
            }
            respond(exchange, 200, "application/json", new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (name.equals("identity") && path.equals("/api/platform-ca/crl") && exchange.getRequestHeaders().getFirst("X-Request-Id") == null) {
            Map.Entry<Integer, byte[]> crl = crlAnswer.get();
            respond(exchange, crl.getKey(), "application/pkix-crl", crl.getValue());
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(name, exchange.getRequestMethod(), exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body));
        if (exchange.getRequestHeaders().containsKey("X-Test-Stream-Events")) {
            stream(exchange);
            return;
        }
        String delay = exchange.getRequestHeaders().getFirst("X-Test-Delay-Ms");
        if (delay != null) {
            try {
                Thread.sleep(Long.parseLong(delay));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        respond(exchange, 200, "application/json", ("{\"answeredBy\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An SSE stream as notification-service sends it, when a test asks for one: {@code X-Test-Stream-Events} events, {@code X-Test-Stream-Gap-Ms}
     * apart, each flushed at once; chunked, so its length is unknown until it ends.
     */
    private static void stream(HttpExchange exchange) throws IOException {
        int events = Integer.parseInt(exchange.getRequestHeaders().getFirst("X-Test-Stream-Events"));
        long gap = Long.parseLong(java.util.Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("X-Test-Stream-Gap-Ms"), "0"));
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var body = exchange.getResponseBody()) {
            for (int i = 1; i <= events; i++) {
                if (i > 1) {
                    Thread.sleep(gap);
                }
                body.write(("id:" + i + "\nevent:notice\ndata:{\"n\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The gateway closed the stream: nothing more to send.
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String pkcs8Pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
