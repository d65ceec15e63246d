package com.fundguard.agent.platform;

import com.fundguard.agent.execution.Claim;
import com.fundguard.agent.execution.ClaimedOrder;
import com.fundguard.agent.execution.ExecutionReport;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * bank-connector-service's agent API through the gateway ({@code docs/agent-api.md} there), every call with the
 * agent's certificate-bound token. Calls that are safe to repeat are retried with exponential backoff when the
 * platform is unreachable or answers 5xx/429: the poll, heartbeats, credentials, results and abandonment (each names
 * one claim; the same call twice means the same), and {@code sending} (a repeat whose first answer was lost meets 409,
 * and then nothing is sent: the platform resolves the claim by inquiry). A claim is not retried: the next poll decides
 * again. No bank call passes through here.
 */
public final class AgentApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI gateway;
    private final AccessTokens tokens;
    private final Retry retry;

    public AgentApi(HttpClient http, URI gateway, AccessTokens tokens, RetryConfig retries) {
        this.http = http;
        this.gateway = gateway;
        this.tokens = tokens;
        this.retry = Retry.of("platform", RetryConfig.from(retries).retryExceptions(PlatformUnavailableException.class).build());
    }

    /** Five attempts, 1 s doubling up to 30 s between them. */
    public static RetryConfig defaultRetries() {
        return RetryConfig.custom().maxAttempts(5)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30)))
                .build();
    }

    /** The id of the next queued transfer, when one arrives within {@code waitSeconds} (long poll). */
    public Optional<UUID> nextWork(int waitSeconds) {
        return retried(() -> {
            Answer answer = call("GET", "/api/agent/work?waitSeconds=" + waitSeconds, null, Duration.ofSeconds(waitSeconds + 15L));
            return switch (answer.status()) {
                case 200 -> Optional.of(UUID.fromString(JSON.readTree(answer.body()).get("transferId").asString()));
                case 204 -> Optional.<UUID>empty();
                default -> throw unexpected("the work poll", answer);
            };
        });
    }

    /** The claim, or empty when another agent was first or the transfer is no longer queued (409). */
    public Optional<Claim> claim(UUID transferId) {
        Answer answer = call("POST", "/api/agent/transfers/" + transferId + "/claims", "{}", Duration.ofSeconds(15));
        return switch (answer.status()) {
            case 201, 200 -> Optional.of(claimFrom(JSON.readTree(answer.body())));
            case 409, 404 -> Optional.empty();
            default -> throw unexpected("the claim", answer);
        };
    }

    /** The lease's new end, or empty when the lease is lost (409): stop, do not send. */
    public Optional<Instant> heartbeat(UUID claimId) {
        return retried(() -> {
            Answer answer = call("POST", "/api/agent/claims/" + claimId + "/heartbeat", "{}", Duration.ofSeconds(10));
            return switch (answer.status()) {
                case 200 -> Optional.of(Instant.parse(JSON.readTree(answer.body()).get("leaseExpiresAt").asString()));
                case 409 -> Optional.<Instant>empty();
                default -> throw unexpected("the heartbeat", answer);
            };
        });
    }

    /** What the credentials call answered. */
    public sealed interface CredentialsAnswer {
        /** The sealed box's bytes ({@code SealedBox.toBytes()}, sent base64). */
        record Sealed(byte[] box) implements CredentialsAnswer {
        }

        record LeaseLost() implements CredentialsAnswer {
        }

        record NoCredentials() implements CredentialsAnswer {
        }
    }

    public CredentialsAnswer credentials(UUID claimId, PublicKey oneTimeKey) {
        String body = JSON.createObjectNode().put("recipientKey", Base64.getEncoder().encodeToString(oneTimeKey.getEncoded())).toString();
        return retried(() -> {
            Answer answer = call("POST", "/api/agent/claims/" + claimId + "/credentials", body, Duration.ofSeconds(15));
            return switch (answer.status()) {
                case 200 -> new CredentialsAnswer.Sealed(Base64.getDecoder().decode(JSON.readTree(answer.body()).get("sealedCredentials").asString()));
                case 409 -> new CredentialsAnswer.LeaseLost();
                case 404 -> new CredentialsAnswer.NoCredentials();
                default -> throw unexpected("the credentials call", answer);
            };
        });
    }

    /** Records that the order leaves now; false when the lease is lost (409): do not send. */
    public boolean sending(UUID claimId) {
        return retried(() -> {
            Answer answer = call("POST", "/api/agent/claims/" + claimId + "/sending", "{}", Duration.ofSeconds(10));
            return switch (answer.status()) {
                case 200 -> true;
                case 409 -> false;
                default -> throw unexpected("the sending call", answer);
            };
        });
    }

    /**
     * Whether the platform took the result: true on 200 (also for the same result twice); false when it would not
     * (409: it holds another result or the claim is over; 400: it refused the report's form). Either way it settles the
     * transfer itself, by inquiry at the bank, so repeating the report would change nothing.
     */
    public boolean result(UUID claimId, ExecutionReport report) {
        ObjectNode body = JSON.createObjectNode().put("outcome", report.outcome().name());
        if (report.bankReference() != null) {
            body.put("bankReference", report.bankReference());
        }
        if (report.reasonCode() != null) {
            body.put("reasonCode", report.reasonCode());
        }
        if (report.detail() != null) {
            body.put("detail", report.detail().length() > 500 ? report.detail().substring(0, 500) : report.detail());
        }
        return retried(() -> {
            Answer answer = call("POST", "/api/agent/claims/" + claimId + "/result", body.toString(), Duration.ofSeconds(15));
            return switch (answer.status()) {
                case 200 -> true;
                case 400, 404, 409 -> false;
                default -> throw unexpected("the result call", answer);
            };
        });
    }

    /** Hands a claim back after a restart; 404/409 mean the platform has already settled it, which is as good. */
    public void abandonment(UUID claimId) {
        retried(() -> {
            Answer answer = call("POST", "/api/agent/claims/" + claimId + "/abandonment", "{}", Duration.ofSeconds(15));
            return switch (answer.status()) {
                case 200, 404, 409 -> true;
                default -> throw unexpected("the abandonment", answer);
            };
        });
    }

    private record Answer(int status, String body) {
    }

    private <T> T retried(Supplier<T> call) {
        return Retry.decorateSupplier(retry, call).get();
    }

    private Answer call(String method, String path, String json, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + tokens.current())
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformUnavailableException(method + " " + path + " did not get through: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException("interrupted");
        }
        if (response.statusCode() == 401) {
            tokens.refused();
            throw new PlatformUnavailableException(method + " " + path + ": the platform refused the token");
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw new PlatformUnavailableException(method + " " + path + " answered " + response.statusCode());
        }
        return new Answer(response.statusCode(), response.body());
    }

    private static RuntimeException unexpected(String what, Answer answer) {
        return new IllegalStateException(what + " answered " + answer.status() + ": " + problemType(answer.body()));
    }

    private static String problemType(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("type").asString("no problem type") + " " + problem.path("detail").asString("");
        } catch (RuntimeException e) {
            return "no problem details";
        }
    }

    static Claim claimFrom(JsonNode claim) {
        JsonNode order = claim.get("order");
        List<UUID> vouchers = new ArrayList<>();
        order.path("voucherIds").forEach(id -> vouchers.add(UUID.fromString(id.asString())));
        return new Claim(UUID.fromString(claim.get("claimId").asString()), claim.path("attempt").asInt(1),
                Instant.parse(claim.get("leaseExpiresAt").asString()),
                new ClaimedOrder(UUID.fromString(order.get("transferId").asString()), text(order, "reference"), text(order, "endToEndId"),
                        text(order, "payerAccount"), text(order, "payerName"), text(order, "payerBankCode"),
                        text(order, "payeeName"), text(order, "payeeAccount"), text(order, "payeeBankCode"), text(order, "payeeType"),
                        new BigDecimal(order.get("amount").asString()), Currency.getInstance(order.get("currency").asString()),
                        text(order, "purpose"), LocalDate.parse(order.get("requestedExecutionDate").asString()), vouchers,
                        text(order, "contentHash")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
