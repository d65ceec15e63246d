package com.fundguard.agent.execution;

import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.BankCredentials;
import com.fundguard.bank.channel.InquiryOutcome;
import com.fundguard.crypto.canonical.ApprovedContent;
import com.fundguard.crypto.sealing.Sealing;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server standing in for the platform's agent API (agent-api.md) and the gateway's token endpoint, for this
 * module's unit tests only: it keeps transfers in the states the document names, releases credentials sealed to the
 * key the agent sends, and on abandonment asks the bank by inquiry before queueing a transfer again, as the real
 * service does. Every call is recorded ("work", "claim TR-1", "sending TR-1", "result TR-1 EXECUTED", ...).
 */
final class PlatformStandIn implements AutoCloseable {

    static final String PASSWORD = "online-banking-Pa55word!";
    static final String PIN = "ukey-pin-739";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CLAIM_CALL = Pattern.compile("/api/agent/claims/([0-9a-f-]{36})/(heartbeat|credentials|sending|result|abandonment)");
    private static final Pattern CLAIMS = Pattern.compile("/api/agent/transfers/([0-9a-f-]{36})/claims");

    final UUID enterpriseId = UUID.randomUUID();
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final BankChannel bank;
    private final Deque<Transfer> queue = new ArrayDeque<>();
    private final Map<UUID, Transfer> transfers = new HashMap<>();
    private final Map<UUID, Transfer> claims = new HashMap<>();
    private final Map<String, Integer> failuresToServe = new HashMap<>();
    private int tokensIssued;

    volatile boolean sendingRefused;
    volatile boolean heartbeatRefused;
    volatile String sealedPin = PIN;
    volatile Duration lease = Duration.ofSeconds(60);
    volatile Runnable onHeartbeat = () -> { };

    /** One transfer as the platform sees it. */
    static final class Transfer {
        final ObjectNode order;
        final String reference;
        String state = "QUEUED";
        int attempts;
        JsonNode result;

        Transfer(ObjectNode order) {
            this.order = order;
            this.reference = order.get("reference").asString();
        }

        String endToEndId() {
            return order.get("endToEndId").asString();
        }
    }

    PlatformStandIn(BankChannel bank) throws IOException {
        this.bank = bank;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues an order whose content hash is what the approvers confirmed. */
    synchronized Transfer queue(String reference, String amount) {
        UUID transferId = UUID.randomUUID();
        List<UUID> vouchers = List.of(UUID.randomUUID());
        LocalDate date = LocalDate.of(2026, 11, 24);
        String hash = new ApprovedContent(transferId, "6222020200112233", "Shanghai Steel Co", "31001234567890", "ICBKCNBJSHI",
                "CORPORATE", new BigDecimal(amount), Currency.getInstance("CNY"), "Invoice 2026-118", date, vouchers).hash();
        ObjectNode order = JSON.createObjectNode()
                .put("transferId", transferId.toString()).put("reference", reference)
                .put("endToEndId", transferId.toString().replace("-", ""))
                .put("payerAccount", "6222020200112233").put("payerName", "Hangzhou Widgets Ltd").put("payerBankCode", "SANDBOX")
                .put("payeeName", "Shanghai Steel Co").put("payeeAccount", "31001234567890").put("payeeBankCode", "ICBKCNBJSHI")
                .put("payeeType", "CORPORATE").put("amount", amount).put("currency", "CNY").put("purpose", "Invoice 2026-118")
                .put("requestedExecutionDate", date.toString()).put("contentHash", hash);
        order.putArray("voucherIds").add(vouchers.getFirst().toString());
        Transfer transfer = new Transfer(order);
        transfers.put(transferId, transfer);
        queue.add(transfer);
        return transfer;
    }

    /** Serves {@code status} to the next {@code times} calls of {@code kind} ("result", "work", ...). */
    synchronized void failNext(String kind, int times) {
        failuresToServe.put(kind, times);
    }

    synchronized int tokensIssued() {
        return tokensIssued;
    }

    /** Calls recorded since the given index. */
    List<String> callsSince(int index) {
        return new ArrayList<>(calls.subList(index, calls.size()));
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/oauth2/token")) {
                calls.add("token");
                tokensIssued++;
                respond(exchange, 200, JSON.createObjectNode().put("access_token", "token-" + tokensIssued)
                        .put("token_type", "Bearer").put("expires_in", 300).toString());
                return;
            }
            if (!("Bearer token-" + tokensIssued).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{}");
                return;
            }
            if (path.equals("/api/agent/work")) {
                calls.add("work");
                if (failing("work", exchange)) {
                    return;
                }
                Transfer next = queue.peek();
                if (next == null) {
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    respond(exchange, 200, next.order.toString());
                }
                return;
            }
            Matcher claiming = CLAIMS.matcher(path);
            if (claiming.matches()) {
                Transfer transfer = transfers.get(UUID.fromString(claiming.group(1)));
                calls.add("claim " + transfer.reference);
                if (!transfer.state.equals("QUEUED")) {
                    respond(exchange, 409, problem("already-claimed"));
                    return;
                }
                queue.remove(transfer);
                transfer.state = "CLAIMED";
                transfer.attempts++;
                UUID claimId = UUID.randomUUID();
                claims.put(claimId, transfer);
                ObjectNode claim = JSON.createObjectNode().put("claimId", claimId.toString()).put("attempt", transfer.attempts)
                        .put("leaseExpiresAt", Instant.now().plus(lease).toString());
                claim.set("order", transfer.order);
                respond(exchange, 201, claim.toString());
                return;
            }
            Matcher onClaim = CLAIM_CALL.matcher(path);
            if (!onClaim.matches()) {
                respond(exchange, 404, problem("not-found"));
                return;
            }
            UUID claimId = UUID.fromString(onClaim.group(1));
            Transfer transfer = claims.get(claimId);
            String kind = onClaim.group(2);
            JsonNode request = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            calls.add(kind + " " + transfer.reference + (kind.equals("result") ? " " + request.get("outcome").asString() : ""));
            if (failing(kind, exchange)) {
                return;
            }
            switch (kind) {
                case "heartbeat" -> {
                    onHeartbeat.run();
                    if (heartbeatRefused) {
                        transfer.state = "OUTCOME_UNKNOWN";
                        respond(exchange, 409, problem("lease-lost"));
                    } else {
                        respond(exchange, 200, JSON.createObjectNode().put("leaseExpiresAt", Instant.now().plus(lease).toString()).toString());
                    }
                }
                case "credentials" -> respond(exchange, 200, JSON.createObjectNode().put("sealedCredentials",
                        seal(request.get("recipientKey").asString(), claimId, transfer)).toString());
                case "sending" -> {
                    if (sendingRefused || !transfer.state.equals("CLAIMED")) {
                        transfer.state = "OUTCOME_UNKNOWN";
                        respond(exchange, 409, problem("lease-lost"));
                    } else {
                        transfer.state = "SENDING";
                        respond(exchange, 200, "{}");
                    }
                }
                case "result" -> {
                    if (transfer.result != null && !transfer.result.get("outcome").equals(request.get("outcome"))) {
                        respond(exchange, 409, problem("different-result"));
                        return;
                    }
                    transfer.result = request;
                    transfer.state = request.get("outcome").asString();
                    respond(exchange, 200, "{}");
                }
                default -> {
                    // abandonment: resolved by inquiry at the bank, as bank-connector-service does
                    InquiryOutcome known = bank.inquire(transfer.order.get("payerAccount").asString(), transfer.endToEndId());
                    if (known instanceof InquiryOutcome.Known answer && answer.booked()) {
                        transfer.state = "EXECUTED";
                        transfer.result = JSON.createObjectNode().put("outcome", "EXECUTED")
                                .put("bankReference", answer.bankReference().orElseThrow()).put("by", "inquiry");
                    } else if (known instanceof InquiryOutcome.NoSuchOrder) {
                        transfer.state = "QUEUED";
                        queue.add(transfer);
                    } else {
                        transfer.state = "FAILED";
                    }
                    respond(exchange, 200, "{}");
                }
            }
        } catch (Exception e) {
            calls.add("stand-in error " + e);
            throw new IOException(e);
        }
    }

    private boolean failing(String kind, HttpExchange exchange) throws IOException {
        int left = failuresToServe.getOrDefault(kind, 0);
        if (left == 0) {
            return false;
        }
        failuresToServe.put(kind, left - 1);
        respond(exchange, 503, problem("unavailable"));
        return true;
    }

    private String seal(String recipientKey, UUID claimId, Transfer transfer) throws Exception {
        PublicKey recipient = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(recipientKey)));
        byte[] plain = new BankCredentials(PASSWORD.toCharArray(), sealedPin.toCharArray()).toBytes();
        byte[] associated = BankCredentials.associatedData(claimId, enterpriseId, transfer.order.get("payerAccount").asString());
        return Base64.getEncoder().encodeToString(new Sealing().seal(recipient, plain, associated).toBytes());
    }

    private static String problem(String type) {
        return JSON.createObjectNode().put("type", "urn:fundguard:agent:" + type).put("status", 409).toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
