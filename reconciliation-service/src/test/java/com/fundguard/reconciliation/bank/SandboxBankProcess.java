package com.fundguard.reconciliation.bank;

import static org.awaitility.Awaitility.await;

import com.fundguard.bank.channel.HttpBankChannel;
import com.fundguard.bank.channel.OnlineBankingLogin;
import com.fundguard.bank.channel.SignedOrder;
import com.fundguard.bank.channel.SubmissionOutcome;
import com.fundguard.bank.iso20022.Pain001Writer;
import com.fundguard.bank.iso20022.PaymentOrder;
import com.fundguard.bank.signing.Pkcs12SigningToken;
import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.test.infrastructure.RealInfrastructure;
import com.fundguard.test.infrastructure.SharedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * bank-sandbox running as its own process from its runnable jar (as the system tests run it; on the class path its
 * Flyway migrations would meet this service's), on plain HTTP and a database of its own on the shared PostgreSQL. A
 * customer with a PKCS#12 UKEY books orders there through the real channel, as the operator agent would.
 */
public final class SandboxBankProcess implements AutoCloseable {

    public static final String BANK = "FGSANDBOX";
    static final String PASSWORD = "online-banking-" + UUID.randomUUID();
    static final String PIN = "ukey-pin-" + UUID.randomUUID();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final RealInfrastructure.DatabaseCoordinates database;
    private final Pkcs12SigningToken ukey;
    private final X509Certificate ukeyCertificate;
    private final HttpBankChannel channel;

    private SandboxBankProcess(Process process, int port, RealInfrastructure.DatabaseCoordinates database, Path work) {
        this.process = process;
        this.port = port;
        this.database = database;
        CertificateAuthority ca = CertificateAuthority.createRoot("Sandbox UKEY CA", Duration.ofDays(30), Clock.systemUTC());
        KeyPair key = CertificateAuthority.newKeyPair();
        this.ukeyCertificate = ca.issueAgent(key.getPublic(), UUID.randomUUID(), "ukey-1", Duration.ofDays(30));
        try {
            Path p12 = Files.write(work.resolve("ukey-" + UUID.randomUUID() + ".p12"), ca.pkcs12For(key.getPrivate(), ukeyCertificate, PIN.toCharArray()));
            this.ukey = new Pkcs12SigningToken(p12, "fundguard");
            this.channel = new HttpBankChannel(channel(), SSLContext.getDefault(), Duration.ofSeconds(2), Duration.ofSeconds(10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the bank with {@code environment} on top of its own database and a free port, and waits until it is healthy. */
    public static SandboxBankProcess start(String databaseName, Map<String, String> environment) {
        Path jar = Path.of(System.getProperty("fundguard.bank-sandbox.jar", "target/services/bank-sandbox-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar of bank-sandbox at " + jar + ": run through Maven (verify)");
        }
        RealInfrastructure.DatabaseCoordinates database = SharedInfrastructure.get().createDatabase(databaseName);
        int port = freePort();
        Path log = Path.of("target", "service-logs", databaseName + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString());
        builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(), "SERVER_PORT", Integer.toString(port)));
        builder.environment().putAll(environment);
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start bank-sandbox", e);
        }
        SandboxBankProcess bank = new SandboxBankProcess(process, port, database, log.getParent());
        await("bank-sandbox healthy").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("bank-sandbox exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(bank.uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 && health.body().contains("\"UP\"");
            } catch (IOException notYet) {
                return false;
            }
        });
        return bank;
    }

    /** The channel's base address, for {@code fundguard.banks.channels.FGSANDBOX.uri}. */
    public URI channel() {
        return uri("/channel/v1");
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public static String newAccount() {
        return "CN62" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    /** Opens the account in CNY; with online banking registered to this customer's UKEY. */
    public String open(String account, String owner, String openingBalance) {
        send("PUT", "/sandbox/accounts/" + account, """
                {"ownerName":"%s","currency":"CNY","openingBalance":"%s"}""".formatted(owner, openingBalance), 201);
        send("PUT", "/sandbox/accounts/" + account + "/online-banking", """
                {"password":"%s","signerCertificate":"%s"}""".formatted(PASSWORD, CertificateAuthority.pem(ukeyCertificate).replace("\n", "\\n")), 200);
        return account;
    }

    /** A signed order from {@code payer} to {@code payee} (both at this bank), booked; the bank's reference. */
    public String book(String endToEndId, String payer, String payee, String amount) {
        PaymentOrder order = new PaymentOrder(endToEndId, "Hangzhou Tea Trading Co.", payer, BANK, "Shanghai Steel Co.", payee, BANK,
                new BigDecimal(amount), Currency.getInstance("CNY"), LocalDate.now(), "Invoice 42");
        byte[] document = Pain001Writer.write(order, "FG-" + endToEndId.substring(0, 20), Instant.now());
        SubmissionOutcome outcome = channel.submit(new SignedOrder(payer, endToEndId, document, ukey.sign(document, PIN.toCharArray())),
                new OnlineBankingLogin(payer, PASSWORD.toCharArray()));
        if (!(outcome instanceof SubmissionOutcome.Booked booked)) {
            throw new IllegalStateException("the sandbox did not book the order: " + outcome);
        }
        return booked.bankReference();
    }

    public BigDecimal balance(String account) {
        String body = send("GET", "/sandbox/accounts/" + account, null, 200);
        return new BigDecimal(body.replaceAll(".*\"balance\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
    }

    /** Moves the order's booking into the past, as if it had been booked {@code ago} earlier (the bank's cut-off reads it). */
    public void bookedEarlier(String endToEndId, Duration ago) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE booking SET booked_at = booked_at - make_interval(secs => ?) WHERE end_to_end_id = ?")) {
            update.setLong(1, ago.toSeconds());
            update.setString(2, endToEndId);
            if (update.executeUpdate() == 0) {
                throw new IllegalStateException("the sandbox has no booking of " + endToEndId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String send(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        channel.close();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
