package com.fundguard.local.demo;

import com.fundguard.bank.channel.HttpBankChannel;
import com.fundguard.bank.iso20022.Camt053Reader;
import com.fundguard.bank.iso20022.StatementEntry;
import com.fundguard.local.pki.LocalPki;
import com.fundguard.local.seed.DemoEnterprise;
import com.fundguard.local.seed.DemoLogins;
import com.fundguard.local.seed.PlatformSecrets;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./local-stack-demo}: the main flow against the running local stack, with the seeded demo enterprise. Prints
 * each step, the transfer's timeline (each state, who, when) and the bank's booking from its statement. Exit 0 when
 * the transfer ends EXECUTED.
 */
public final class LocalStackDemo {

    static final String AGENT_ID = "ukey-desk-1";
    static final URI GATEWAY = URI.create("https://localhost:8080");
    static final URI BANK_CHANNEL = URI.create("https://localhost:8090/channel/v1");
    /** The sandbox bank's business days are Beijing time's (as the banks of the seed documents). */
    static final java.time.ZoneId BANK_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        Path repository = Path.of("").toAbsolutePath();
        Path data = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : repository.resolve(".local-data");
        try {
            boolean executed = run(repository, data, System.out);
            System.exit(executed ? 0 : 1);
        } catch (DemoFailedException e) {
            System.err.println("\nThe demo stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    static boolean run(Path repository, Path data, PrintStream out) {
        if (!Files.exists(data.resolve(DemoLogins.FILE))) {
            throw new DemoFailedException("no local stack data in " + data + ": start it first with ./local-stack");
        }
        DemoLogins logins = DemoLogins.loadOrCreate(data, PlatformSecrets.withClients(DemoEnterprise.usernames()));
        Path pki = data.resolve("pki");
        Path platformCa = pki.resolve(LocalPki.CA_CERTIFICATE);
        Path meshCa = pki.resolve("mesh").resolve("mesh-ca.pem");
        MainFlow flow = new MainFlow(new MainFlow.Platform(GATEWAY, trusting(platformCa), DemoEnterprise.ID), logins::passwordOf,
                data.resolve("demo-authenticators.txt"), out);

        out.println("\n== People sign in through the gateway ==");
        PersonSession cashier = flow.signIn("chen.cashier");
        PersonSession auditor = flow.signIn("wang.supervisor");
        PersonSession owner = flow.signIn("liu.owner");
        PersonSession admin = flow.signIn("sun.admin");

        out.println("\n== The owner sets the bank credentials; the operator agent is enrolled and started ==");
        flow.setBankCredentials(owner, DemoEnterprise.PAYER_ACCOUNT, logins.passwordOf(PlatformSecrets.ONLINE_BANKING),
                logins.passwordOf(PlatformSecrets.UKEY_PIN));
        Path agentData = data.resolve("agent");
        Map<String, String> agentEnvironment = new HashMap<>(Map.of(
                "FUNDGUARD_GATEWAY_URL", GATEWAY.toString(),
                "FUNDGUARD_PLATFORM_CA", platformCa.toString(),
                "FUNDGUARD_ENTERPRISE_ID", DemoEnterprise.ID.toString(),
                "FUNDGUARD_AGENT_ID", AGENT_ID,
                "FUNDGUARD_AGENT_DATA", agentData.toString(),
                "FUNDGUARD_AGENT_KEYSTORE_PASSWORD", logins.passwordOf(PlatformSecrets.AGENT_KEYSTORE),
                "FUNDGUARD_UKEY_PKCS12", pki.resolve(LocalPki.DEMO_UKEY).toString(),
                "FUNDGUARD_UKEY_KEY_ALIAS", "fundguard",
                "FUNDGUARD_BANK_URL", BANK_CHANNEL.toString(),
                "FUNDGUARD_BANK_CA", meshCa.toString()));
        try (OperatorAgentProcess agent = new OperatorAgentProcess(repository.resolve("operator-agent/target/operator-agent-0.1.0-exec.jar"),
                agentEnvironment, data.resolve("logs").resolve("operator-agent.log"))) {
            flow.enrolAgent(agent, admin, AGENT_ID, agentData);
            agent.startRunning();
            out.printf("  %-16s runs next to the UKEY (status page http://127.0.0.1:7310, log %s)%n", "operator agent",
                    data.resolve("logs").resolve("operator-agent.log"));

            out.println("\n== A transfer with its voucher: submitted, audited, authorized ==");
            String invoice = "3300" + (100000 + new java.util.Random().nextInt(899999));
            UUID voucher = flow.captureVoucher(cashier, invoice);
            JsonNode transfer = flow.submit(cashier, DemoEnterprise.PAYER_ACCOUNT, "12800.00", voucher, invoice);
            UUID transferId = UUID.fromString(transfer.get("id").asString());
            String state = transfer.get("state").asString();
            while (state.startsWith("PENDING")) {
                String role = cashier.get("/api/enterprises/" + DemoEnterprise.ID + "/transfers/" + transferId).get("route").get("steps")
                        .get(stepIndex(transfer, state)).get("role").asString();
                PersonSession decider = role.equals("AUDITOR") ? auditor : owner;
                transfer = flow.approve(decider, transferId, role.equals("AUDITOR") ? "invoice and delivery note match" : "approved");
                state = transfer.get("state").asString();
            }

            out.println("\n== The operator agent executes it at the bank ==");
            JsonNode done = flow.awaitFinal(cashier, transferId, Duration.ofSeconds(120));
            JsonNode execution = flow.execution(cashier, transferId);
            Map<UUID, String> names = new HashMap<>();
            for (PersonSession person : List.of(cashier, auditor, owner, admin)) {
                names.put(person.id(), person.username());
            }
            out.println("\n== Timeline of " + done.get("reference").asString() + " ==");
            flow.timeline(done, execution, names).forEach(line -> out.println("  " + line));

            out.println("\n== Who was told (in-app inbox; the same went to their live streams) ==");
            for (var told : List.of(Map.entry(cashier, 5), Map.entry(auditor, 3), Map.entry(owner, 3), Map.entry(admin, 0))) {
                List<String> titles = flow.toldOf(told.getKey(), transferId, told.getValue(), Duration.ofSeconds(15));
                out.printf("  %-16s %s%n", told.getKey().username(), titles.isEmpty() ? "(nothing: not concerned)" : String.join(" / ", titles));
            }

            LocalDate bankDay = LocalDate.now(BANK_ZONE);
            out.println("\n== The bank's booking (statement of " + bankDay + " for " + DemoEnterprise.PAYER_ACCOUNT + ", camt.053) ==");
            String endToEnd = execution.get("endToEndId").asString();
            List<StatementEntry> bookings = new ArrayList<>();
            byte[] statement;
            try (HttpBankChannel bank = new HttpBankChannel(BANK_CHANNEL, agentTls(agentData, logins.passwordOf(PlatformSecrets.AGENT_KEYSTORE), meshCa),
                    Duration.ofSeconds(2), Duration.ofSeconds(10))) {
                statement = bank.statement(DemoEnterprise.PAYER_ACCOUNT, bankDay);
                Camt053Reader.read(new ByteArrayInputStream(statement), entry -> {
                    if (entry.endToEndIds().contains(endToEnd)) {
                        bookings.add(entry);
                    }
                });
            }
            bookings.forEach(entry -> out.printf("  %s %s %s %s, bank reference %s, end-to-end id %s%n", entry.bookingDate(),
                    entry.credit() ? "CREDIT" : "DEBIT", entry.amount().toPlainString(), entry.currency(), entry.bankReference(), endToEnd));
            if (bookings.isEmpty()) {
                out.println("  (no booking for end-to-end id " + endToEnd + ")");
            }
            boolean executed = "EXECUTED".equals(done.get("state").asString()) && bookings.size() == 1;
            if (!executed) {
                out.println("\nThe transfer ended " + done.get("state").asString() + "; see the agent's log and the services' output.");
                return false;
            }

            out.println("\n== Reconciliation: " + auditor.username() + " imports the statement ==");
            JsonNode imported = auditor.postFile("/api/enterprises/" + DemoEnterprise.ID + "/statements?format=CAMT053&filename="
                    + DemoEnterprise.PAYER_ACCOUNT + "-" + bankDay + ".xml", "application/octet-stream", statement);
            out.println("  import " + imported.get("id").asString() + (imported.path("duplicate").asBoolean() ? " (this file was imported before)" : ""));
            String settledState = awaitState(cashier, transferId, "SETTLED", Duration.ofSeconds(60));
            out.println("  " + done.get("reference").asString() + " is " + settledState
                    + ("SETTLED".equals(settledState) ? ": matched to the bank's booking" : ": not matched yet"));
            boolean settled = "SETTLED".equals(settledState);
            out.println(settled ? "\nDone: executed once, booked once, settled on the statement." : "\nNot settled; see reconciliation-service's output.");
            return settled;
        }
    }

    /** Polls the transfer until it is in {@code wanted} or the patience ends; answers the state it is in. */
    private static String awaitState(PersonSession follower, UUID transferId, String wanted, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        String state = follower.get("/api/enterprises/" + DemoEnterprise.ID + "/transfers/" + transferId).get("state").asString();
        while (!state.equals(wanted) && System.nanoTime() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailedException("interrupted");
            }
            state = follower.get("/api/enterprises/" + DemoEnterprise.ID + "/transfers/" + transferId).get("state").asString();
        }
        return state;
    }

    private static int stepIndex(JsonNode transfer, String state) {
        JsonNode steps = transfer.get("route").get("steps");
        String pending = transfer.get("pendingStep").asString();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).get("name").asString().equals(pending)) {
                return i;
            }
        }
        throw new DemoFailedException("the transfer is " + state + " but no step of its route is pending");
    }

    /** People's TLS: the gateway's certificate chains to the local platform CA. */
    static SSLContext trusting(Path caCertificate) {
        return tls(null, caCertificate);
    }

    /** The agent's own certificate, as the bank's channel knows it, to read the statement the way the agent could. */
    static SSLContext agentTls(Path agentData, String keystorePassword, Path bankCa) {
        try (InputStream keystore = Files.newInputStream(agentData.resolve("agent.p12"))) {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(keystore, keystorePassword.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, keystorePassword.toCharArray());
            return tls(keys, bankCa);
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new DemoFailedException("cannot open the agent's keystore in " + agentData + ": " + e.getMessage());
        }
    }

    private static SSLContext tls(KeyManagerFactory keys, Path caCertificates) {
        try (InputStream in = Files.newInputStream(caCertificates)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new DemoFailedException("cannot read the CA certificates at " + caCertificates + ": " + e.getMessage());
        }
    }
}
