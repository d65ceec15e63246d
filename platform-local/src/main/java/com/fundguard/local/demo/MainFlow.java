package com.fundguard.local.demo;

import com.fundguard.crypto.otp.Totp;
import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The main flow against a running platform, every step through the gateway as the people's apps take it: sign-in
 * through the real OIDC flow (authorization code with PKCE, as the owner's mobile app), a voucher photographed and
 * captured, the transfer submitted, audited and authorized each with a TOTP confirmation bound to its content, the
 * operator agent executing it at the bank. Used by the local stack's {@code demo} command and by the execution
 * system test, so the demo is tested.
 */
public final class MainFlow {

    /** Where the platform is: its gateway, the TLS trust for it, the enterprise acting. */
    public record Platform(URI gateway, SSLContext tls, UUID enterprise) {
    }

    private static final String MOBILE_APP = "fundguard-mobile";
    private static final URI MOBILE_CALLBACK = URI.create("com.fundguard.owner:/callback");
    static final Set<String> FINAL = Set.of("EXECUTED", "FAILED", "SETTLED", "REJECTED", "CANCELLED", "EXPIRED");

    private final Platform platform;
    private final Function<String, String> passwordOf;
    private final Authenticators authenticators;
    private final PrintStream out;
    private final HttpClient http;

    /**
     * @param passwordOf        a demo person's password by username
     * @param authenticatorFile where the approvers' TOTP seeds are kept between runs
     */
    public MainFlow(Platform platform, Function<String, String> passwordOf, Path authenticatorFile, PrintStream out) {
        this.platform = platform;
        this.passwordOf = passwordOf;
        this.authenticators = new Authenticators(authenticatorFile);
        this.out = out;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(platform.tls()).build();
    }

    /** Signs a person in as the owner's mobile app does and keeps their access token. */
    public PersonSession signIn(String username) {
        OidcBrowserSignIn browser = new OidcBrowserSignIn(platform.gateway(), platform.tls());
        OidcBrowserSignIn.Outcome outcome = browser.signIn(MOBILE_APP, MOBILE_CALLBACK, username + "@" + platform.enterprise(),
                passwordOf.apply(username));
        String code = outcome.code().orElseThrow(() -> new DemoFailedException(username + " could not sign in (landed on " + outcome.landedOn() + ")"));
        HttpResponse<String> tokens = browser.exchange(MOBILE_APP, null, MOBILE_CALLBACK, code, outcome.verifier());
        if (tokens.statusCode() != 200) {
            throw new DemoFailedException("the token endpoint refused " + username + "'s code: " + tokens.statusCode());
        }
        out.printf("  %-16s signed in (OIDC authorization code + PKCE)%n", username);
        return new PersonSession(username, PersonSession.JSON.readTree(tokens.body()).get("access_token").asString(), platform.gateway(), http);
    }

    /** The person's authenticator: enrolled and activated the first time, the kept one afterwards. */
    public Totp authenticatorOf(PersonSession person) {
        return authenticators.of(person.username()).orElseGet(() -> {
            HttpResponse<String> enrolment = person.attempt("POST", "/api/identity/me/totp", null);
            if (enrolment.statusCode() / 100 != 2) {
                throw new DemoFailedException(person.username() + " has an authenticator this demo does not know (" + enrolment.statusCode()
                        + "); start the stack with --fresh");
            }
            Totp totp = authenticators.enrolled(person.username(), PersonSession.JSON.readTree(enrolment.body()).get("otpauthUri").asString());
            person.post("/api/identity/me/totp/activation", "{\"code\":\"" + totp.code(Instant.now().minusSeconds(30)) + "\"}");
            out.printf("  %-16s enrolled an authenticator app (TOTP)%n", person.username());
            return totp;
        });
    }

    /** The authorizer sets the payer account's online-banking password and UKEY PIN (the owner's app); nobody reads them back. */
    public void setBankCredentials(PersonSession authorizer, String payerAccount, String onlineBankingPassword, String ukeyPin) {
        JsonNode set = authorizer.put(path("/payer-accounts/" + payerAccount + "/credentials"), PersonSession.JSON.createObjectNode()
                .put("onlineBankingPassword", onlineBankingPassword).put("ukeyPin", ukeyPin).toString());
        out.printf("  %-16s set the bank credentials of %s (revision %d; sealed in the vault, never shown again)%n",
                authorizer.username(), payerAccount, set.get("revision").asInt());
    }

    /**
     * Enrols the operator agent once: the admin creates a one-time code, the agent makes its key and request and
     * installs the certificate the platform CA issues. A second run finds it enrolled.
     */
    public void enrolAgent(OperatorAgentProcess agent, PersonSession admin, String agentId, Path agentData) {
        if (Files.exists(agentData.resolve("platform-ca.pem"))) {
            out.printf("  %-16s is enrolled already (%s)%n", "operator agent", agentData);
            return;
        }
        String code = admin.post(path("/agent-enrolments"), "{\"agentId\":\"" + agentId + "\"}").get("enrolmentCode").asString();
        agent.once("init", Map.of());
        agent.once("enrol", Map.of("FUNDGUARD_ENROLMENT_CODE", code));
        out.printf("  %-16s enrolled with a one-time code from %s: certificate from the platform CA%n", "operator agent", admin.username());
    }

    /** The cashier photographs an invoice and captures it; returns the voucher id. */
    public UUID captureVoucher(PersonSession cashier, String invoiceNumber) {
        JsonNode voucher = cashier.upload(path("/vouchers"), "invoice-" + invoiceNumber + ".jpg", "image/jpeg", invoicePhoto(invoiceNumber),
                Map.of("type", "INVOICE", "captureDevice", "PHONE_CAMERA", "invoiceNumber", invoiceNumber));
        out.printf("  %-16s captured voucher %s (invoice %s, passed the quality checks)%n", cashier.username(), voucher.get("id").asString(), invoiceNumber);
        return UUID.fromString(voucher.get("id").asString());
    }

    public JsonNode submit(PersonSession cashier, String payerAccount, String amount, UUID voucher, String invoiceNumber) {
        ObjectNode body = PersonSession.JSON.createObjectNode().put("payerAccount", payerAccount)
                .put("purpose", "Invoice " + invoiceNumber + ", steel delivery").put("requestedExecutionDate", LocalDate.now().toString());
        body.putObject("payee").put("name", "Shanghai Steel Co., Ltd.").put("accountNumber", "31001234567890").put("bankCode", "CCBCCNBJ")
                .put("type", "CORPORATE");
        body.putObject("amount").put("value", amount).put("currency", "CNY");
        body.putArray("voucherIds").add(voucher.toString());
        JsonNode transfer = cashier.post(path("/transfers"), body.toString());
        out.printf("  %-16s submitted %s: CNY %s to Shanghai Steel Co., Ltd. -> %s%n", cashier.username(), transfer.get("reference").asString(),
                amount, transfer.get("state").asString());
        return transfer;
    }

    /**
     * The decider approves the pending step: if the enterprise asks for a second factor, their authenticator confirms
     * the transfer's content at identity-service first and the signed proof goes with the decision.
     */
    public JsonNode approve(PersonSession decider, UUID transferId, String opinion) {
        JsonNode transfer = decider.get(path("/transfers/" + transferId));
        ObjectNode decision = PersonSession.JSON.createObjectNode().put("contentHash", transfer.get("contentHash").asString())
                .put("opinion", opinion).put("client", "owner-mobile-app");
        JsonNode confirmation = transfer.get("confirmation");
        String how = "without a second factor";
        if (confirmation != null && !confirmation.isNull()) {
            Totp authenticator = authenticatorOf(decider);
            ObjectNode content = (ObjectNode) confirmation.deepCopy();
            content.remove("challenge");
            ObjectNode confirm = PersonSession.JSON.createObjectNode();
            confirm.set("confirmation", content);
            confirm.put("method", "TOTP").put("code", authenticator.code(Instant.now()));
            JsonNode proof = decider.post(path("/confirmations"), confirm.toString());
            decision.put("confirmationProof", proof.get("proof").asString());
            how = "confirmed with TOTP over the amount, payee account and content hash";
        }
        JsonNode decided = decider.post(path("/transfers/" + transferId + "/approve"), decision.toString());
        out.printf("  %-16s approved %s (%s) -> %s%n", decider.username(), transfer.get("pendingStep").asString(), how, decided.get("state").asString());
        return decided;
    }

    /** Waits until the transfer reaches a final state (or the time is up) and returns it. */
    public JsonNode awaitFinal(PersonSession follower, UUID transferId, Duration patience) {
        Instant until = Instant.now().plus(patience);
        JsonNode transfer = follower.get(path("/transfers/" + transferId));
        while (!FINAL.contains(transfer.get("state").asString()) && Instant.now().isBefore(until)) {
            sleep(Duration.ofMillis(500));
            transfer = follower.get(path("/transfers/" + transferId));
        }
        return transfer;
    }

    /**
     * The titles of the messages a person's inbox holds about the transfer, oldest first, once it holds at least
     * {@code expected} of them (or the time is up): notices follow the events by a moment.
     */
    public List<String> toldOf(PersonSession person, UUID transferId, int expected, Duration patience) {
        Instant until = Instant.now().plus(patience);
        List<String> titles = inboxTitles(person, transferId);
        while (titles.size() < expected && Instant.now().isBefore(until)) {
            sleep(Duration.ofMillis(300));
            titles = inboxTitles(person, transferId);
        }
        return titles;
    }

    private List<String> inboxTitles(PersonSession person, UUID transferId) {
        List<String> titles = new ArrayList<>();
        person.get(path("/users/" + person.id() + "/inbox")).get("messages").forEach(message -> {
            if (transferId.toString().equals(message.get("topic").asString())) {
                titles.add(message.get("title").asString());
            }
        });
        return titles.reversed();
    }

    public JsonNode execution(PersonSession follower, UUID transferId) {
        return follower.get(path("/executions/" + transferId));
    }

    /** The transfer's timeline: submission, each decision, each step of its execution; who and when. */
    public List<String> timeline(JsonNode transfer, JsonNode execution, Map<UUID, String> names) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-28s %-16s %s", transfer.get("submittedAt").asString(), name(names, transfer.get("applicantId").asString()),
                "SUBMITTED " + transfer.get("reference").asString()));
        for (JsonNode decision : transfer.get("decisions")) {
            lines.add(String.format("%-28s %-16s %s", decision.get("decidedAt").asString(), name(names, decision.get("deciderId").asString()),
                    decision.get("verdict").asString() + " " + decision.get("step").asString() + " (" + decision.get("opinion").asString("") + ")"));
        }
        for (JsonNode step : execution.get("timeline")) {
            String who = step.get("agentId").isNull() ? "bank-connector" : "agent " + step.get("agentId").asString();
            String detail = step.get("detail").isNull() ? "" : " " + step.get("detail").asString();
            lines.add(String.format("%-28s %-16s %s", step.get("at").asString(), who, step.get("step").asString() + detail));
        }
        lines.add(String.format("%-28s %-16s %s", "", "", "transfer " + transfer.get("state").asString()
                + (execution.get("bankReference").isNull() ? "" : ", bank reference " + execution.get("bankReference").asString())));
        return lines;
    }

    private static String name(Map<UUID, String> names, String id) {
        return names.getOrDefault(UUID.fromString(id), id);
    }

    private String path(String withinEnterprise) {
        return "/api/enterprises/" + platform.enterprise() + withinEnterprise;
    }

    /**
     * A phone photo of an invoice: grey paper, dark print, sensor grain; the invoice number and a random stamp make
     * each one a different document (the platform flags a photo reused for two transfers).
     */
    static byte[] invoicePhoto(String invoiceNumber) {
        int width = 1800;
        int height = 1350;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(218, 216, 210));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(28, 28, 34));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        g.drawString("VAT INVOICE  No. " + invoiceNumber, 140, 150);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        for (int line = 0; line < 24; line++) {
            g.drawString("Line " + (line + 1) + "   steel coil Q235 2.0mm x 1250mm   " + (line * 7 % 40 + 5) + " t", 140, 240 + line * 42);
        }
        Random stamp = new Random(invoiceNumber.hashCode());
        g.setColor(new Color(150, 30, 30));
        for (int i = 0; i < 12; i++) {
            g.fillRect(1150 + stamp.nextInt(450), 250 + stamp.nextInt(850), 40 + stamp.nextInt(160), 30 + stamp.nextInt(140));
        }
        g.dispose();
        Random grain = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int noise = (int) Math.round(grain.nextGaussian() * 2);
                int r = Math.clamp(((rgb >> 16) & 0xFF) + noise, 0, 255);
                int gr = Math.clamp(((rgb >> 8) & 0xFF) + noise, 0, 255);
                int b = Math.clamp((rgb & 0xFF) + noise, 0, 255);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailedException("interrupted");
        }
    }
}
