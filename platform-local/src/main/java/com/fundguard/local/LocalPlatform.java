package com.fundguard.local;

import com.fundguard.local.infrastructure.LocalKafka;
import com.fundguard.local.infrastructure.LocalPostgres;
import com.fundguard.local.pki.LocalPki;
import com.fundguard.local.process.ServiceCatalog;
import com.fundguard.local.process.ServiceProcess;
import com.fundguard.local.process.ServiceSpec;
import com.fundguard.local.process.ServiceWiring;
import com.fundguard.local.seed.DemoEnterprise;
import com.fundguard.local.seed.DemoLogins;
import com.fundguard.local.seed.PlatformSecrets;
import com.fundguard.local.seed.Seeding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Starts the whole platform on this machine: PostgreSQL, a Kafka broker, the bank sandbox and every service as
 * separate processes on fixed ports; waits until all are healthy; seeds the demo enterprise; prints where to go.
 * Ctrl-C (or SIGTERM) stops everything in reverse order and leaves no process behind; data stays in the data
 * directory for the next start.
 */
public final class LocalPlatform {

    private static final PrintStream OUT = System.out;

    private final LocalOptions options;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;

    private LocalPlatform(LocalOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws InterruptedException {
        LocalOptions options;
        try {
            options = LocalOptions.parse(args, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LocalOptions.USAGE);
            System.exit(2);
            return;
        }
        LocalPlatform platform = new LocalPlatform(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.stop();
            stopped.countDown();
        }, "stop-local-platform"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            System.err.println("\nThe local platform did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private DemoLogins logins;
    private LocalPki pki;
    /** The launcher's HTTP client: a member of the service mesh. */
    private HttpClient launcher;

    private void start() {
        Instant began = Instant.now();
        if (options.fresh()) {
            deleteRecursively(options.dataDirectory());
        }
        OUT.println("FundGuard local platform; data in " + options.dataDirectory());
        postgres = LocalPostgres.start(options.dataDirectory().resolve("postgres"));
        postgres.ensureDatabases(ServiceCatalog.databases());
        OUT.println("PostgreSQL on localhost:" + LocalPostgres.PORT);
        kafka = LocalKafka.start(options.dataDirectory().resolve("kafka"), ownClassPath(),
                line -> OUT.println("[kafka         ] " + line));
        OUT.println("Kafka on " + kafka.bootstrapServers());

        // People's passwords and the OAuth clients' secrets: generated once per data directory, kept owner-only.
        logins = DemoLogins.loadOrCreate(options.dataDirectory(), PlatformSecrets.withClients(DemoEnterprise.usernames()));
        pki = LocalPki.prepare(options.dataDirectory(), logins.passwordOf(PlatformSecrets.CA_KEYSTORE).toCharArray(),
                ServiceCatalog.meshMembers().stream().map(ServiceSpec::module).toList());
        launcher = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).sslContext(pki.launcherTls()).build();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            services.add(ServiceProcess.start(spec, options.repository(), environment(spec), OUT::println));
        }
        awaitHealthy();
        Duration startUp = Duration.between(began, Instant.now());

        String ukeyCertificate = pki.demoUkey(logins.passwordOf(PlatformSecrets.UKEY_PIN).toCharArray(), DemoEnterprise.ID);
        Seeding.run(Seeding.plan(logins, ServiceCatalog.IDENTITY.baseUri(), ServiceCatalog.BANK_SANDBOX.baseUri(),
                ServiceCatalog.BANK_CONNECTOR.baseUri(), ukeyCertificate), PlatformSecrets.onboardingToken(logins, launcher), launcher);
        printWelcome(logins, startUp);
    }

    private Map<String, String> environment(ServiceSpec spec) {
        Map<String, String> environment = new HashMap<>(spec.environment());
        environment.put("SERVER_PORT", Integer.toString(spec.port()));
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (spec.database() != null) {
            environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(spec.database()));
            environment.put("SPRING_DATASOURCE_USERNAME", LocalPostgres.USER);
        }
        environment.put("FUNDGUARD_VOUCHERS_STORAGE_DIRECTORY", options.dataDirectory().resolve("vouchers").toString());
        environment.putAll(PlatformSecrets.environmentOf(spec, logins, pki));
        environment.putAll(ServiceWiring.environmentOf(spec, pki));
        return environment;
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(options.healthTimeout());
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.alive()) {
                    throw new IllegalStateException(service.spec().name() + " exited while starting; its last lines:\n  "
                            + String.join("\n  ", service.lastLines()));
                }
                if (service.healthy(launcher)) {
                    waiting.remove(service);
                    OUT.println(">>> " + service.spec().name() + " is UP on port " + service.spec().port());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not healthy after " + options.healthTimeout().toSeconds() + " s: "
                        + waiting.stream().map(s -> s.spec().name()).toList());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private void printWelcome(DemoLogins logins, Duration startUp) {
        StringBuilder text = new StringBuilder("\n=== FundGuard is up: all services healthy in ")
                .append(startUp.toSeconds()).append(" s ===\n\n");
        text.append(String.format("  %-16s %s%n", "gateway (API)", "https://localhost:" + ServiceCatalog.GATEWAY.port()
                + "  (TLS from the local platform CA: " + pki.file(LocalPki.CA_CERTIFICATE) + ")"));
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            if (spec != ServiceCatalog.GATEWAY) {
                text.append(String.format("  %-16s %s  %s%n", spec.name(), spec.baseUri(), spec.mesh()
                        ? "(service mesh: mTLS with a mesh certificate only; reach its API through the gateway)" : "(the bank, simulated)"));
            }
        }
        text.append(String.format("  %-16s localhost:%d (user postgres), Kafka localhost:%d%n%n", "PostgreSQL", LocalPostgres.PORT, LocalKafka.PORT));
        text.append("Demo enterprise ").append(DemoEnterprise.NAME).append(" (").append(DemoEnterprise.ID).append("):\n");
        for (DemoEnterprise.DemoUser user : DemoEnterprise.USERS) {
            text.append(String.format("  %-55s %-17s password %s%n", user.username() + "@" + DemoEnterprise.ID, user.role(),
                    logins.passwordOf(user.username())));
        }
        text.append("  payer account ").append(DemoEnterprise.PAYER_ACCOUNT).append(" at ").append(DemoEnterprise.SANDBOX_BANK)
                .append(", opening balance ").append(DemoEnterprise.OPENING_BALANCE).append(' ').append(DemoEnterprise.CURRENCY).append('\n');
        text.append("  (logins are kept in ").append(options.dataDirectory().resolve(DemoLogins.FILE)).append(")\n");
        text.append("  sign in and get a token for API calls: ./local-stack-token <sign-in name> (see README)\n\n");
        text.append("Try: TOKEN=$(./local-stack-token chen.cashier@").append(DemoEnterprise.ID).append(")\n")
                .append("     curl -s --cacert ").append(pki.file(LocalPki.CA_CERTIFICATE))
                .append(" -X POST https://localhost:8080/api/enterprises/").append(DemoEnterprise.ID)
                .append("/transfers -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -H \"Idempotency-Key: $(uuidgen)\"")
                .append(" -d @platform-local/demo-transfer.json\n");
        text.append("Ctrl-C stops everything; data stays in ").append(options.dataDirectory()).append(" (--fresh starts empty).\n");
        OUT.println(text);
    }

    /** Reverse order: services first (they still flush to Kafka and PostgreSQL), then Kafka, then PostgreSQL. */
    private synchronized void stop() {
        OUT.println("\nStopping the local platform...");
        services.reversed().parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        OUT.println("Stopped; data kept in " + options.dataDirectory());
    }

    /** This launcher's jar and the libraries beside it: what the Kafka child process runs from. */
    static String ownClassPath() {
        try {
            Path jar = Path.of(LocalPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(jar)) {
                return System.getProperty("java.class.path");
            }
            return jar + java.io.File.pathSeparator + jar.resolveSibling("lib").resolve("*");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
