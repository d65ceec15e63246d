package com.fundguard.notification.webhook.adapter.in.web;

import com.fundguard.notification.webhook.application.NoSuchWebhookException;
import com.fundguard.notification.webhook.application.WebhookRequestRefused;
import com.fundguard.notification.webhook.application.WebhookSubscriptions;
import com.fundguard.notification.webhook.domain.WebhookActRefused;
import com.fundguard.notification.webhook.domain.WebhookDelivery;
import com.fundguard.notification.webhook.domain.WebhookEndpoint;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's webhooks, for its enterprise admins only: subscribe an ERP endpoint (the signing secret is in
 * this answer and no other), list, disable, rotate the secret; read the dead-letter list and replay a dead letter.
 */
@RestController
@Validated
@RequestMapping("/api/enterprises/{enterpriseId}/webhooks")
class WebhookController {

    static final String ADMIN = "ENTERPRISE_ADMIN";

    private final WebhookSubscriptions webhooks;

    WebhookController(WebhookSubscriptions webhooks) {
        this.webhooks = webhooks;
    }

    private static UUID admin(UUID enterpriseId, Jwt token, String act) {
        return Caller.of(token).personHolding(enterpriseId, ADMIN, act);
    }

    record SubscribeRequest(@NotBlank String url, @NotEmpty Set<@NotBlank String> eventTypes,
                            @Size(max = WebhookSubscriptions.MAX_DESCRIPTION) String description) {
    }

    /** An endpoint as listed: never its secret. */
    record WebhookView(UUID id, String url, Set<String> eventTypes, String description, String state, Instant createdAt,
                       Instant secretRotatedAt, Instant disabledAt) {
        static WebhookView of(WebhookEndpoint e) {
            return new WebhookView(e.id(), e.url().toString(), new TreeSet<>(e.eventTypes()), e.description(), e.state().name(),
                    e.createdAt(), e.secretRotatedAt().orElse(null), e.disabledAt().orElse(null));
        }
    }

    /** The one answer that carries the secret: 64 hex digits, the HMAC key is the 32 bytes they encode. */
    record SubscribedView(UUID id, String url, Set<String> eventTypes, String description, String state, Instant createdAt,
                          String secret) {
    }

    record SecretView(UUID id, String secret, Instant secretRotatedAt) {
    }

    record DeadLetterView(UUID deliveryId, UUID webhookId, String eventId, String eventType, int attempts,
                          String lastError, Instant lastAttemptAt, Instant parkedAt, Instant createdAt) {
        static DeadLetterView of(WebhookDelivery d) {
            return new DeadLetterView(d.id(), d.endpointId(), d.eventId(), d.eventType(), d.attempts(),
                    d.lastError().orElse(null), d.lastAttemptAt().orElse(null), d.parkedAt().orElse(null), d.createdAt());
        }
    }

    record ReplayView(UUID deliveryId, String state, int attempts, Instant nextAttemptAt) {
    }

    @PostMapping
    ResponseEntity<SubscribedView> subscribe(@PathVariable UUID enterpriseId, @Valid @RequestBody SubscribeRequest request,
                                             @AuthenticationPrincipal Jwt token) {
        UUID admin = admin(enterpriseId, token, "subscribes webhooks");
        WebhookSubscriptions.Subscribed subscribed = webhooks.subscribe(enterpriseId, admin, request.url(), request.eventTypes(),
                request.description());
        WebhookEndpoint e = subscribed.endpoint();
        return ResponseEntity.created(URI.create("/api/enterprises/" + enterpriseId + "/webhooks/" + e.id()))
                .body(new SubscribedView(e.id(), e.url().toString(), new TreeSet<>(e.eventTypes()), e.description(),
                        e.state().name(), e.createdAt(), subscribed.secret().hex()));
    }

    @GetMapping
    List<WebhookView> list(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        admin(enterpriseId, token, "reads webhooks");
        return webhooks.of(enterpriseId).stream().map(WebhookView::of).toList();
    }

    /** Disables the endpoint (kept, with its dead letters); its pending deliveries are parked. */
    @DeleteMapping("/{webhookId}")
    ResponseEntity<Void> disable(@PathVariable UUID enterpriseId, @PathVariable UUID webhookId,
                                 @AuthenticationPrincipal Jwt token) {
        webhooks.disable(enterpriseId, webhookId, admin(enterpriseId, token, "disables webhooks"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{webhookId}/secret")
    SecretView rotateSecret(@PathVariable UUID enterpriseId, @PathVariable UUID webhookId,
                            @AuthenticationPrincipal Jwt token) {
        WebhookSubscriptions.Rotated rotated = webhooks.rotateSecret(enterpriseId, webhookId,
                admin(enterpriseId, token, "rotates webhook secrets"));
        return new SecretView(rotated.endpoint().id(), rotated.secret().hex(), rotated.endpoint().secretRotatedAt().orElseThrow());
    }

    @GetMapping("/dead-letters")
    List<DeadLetterView> deadLetters(@PathVariable UUID enterpriseId,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                     @AuthenticationPrincipal Jwt token) {
        admin(enterpriseId, token, "reads webhook dead letters");
        return webhooks.deadLetters(enterpriseId, limit).stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/dead-letters/{deliveryId}/replay")
    ResponseEntity<ReplayView> replay(@PathVariable UUID enterpriseId, @PathVariable UUID deliveryId,
                                      @AuthenticationPrincipal Jwt token) {
        WebhookDelivery replayed = webhooks.replay(enterpriseId, deliveryId, admin(enterpriseId, token, "replays webhook dead letters"));
        return ResponseEntity.accepted().body(new ReplayView(replayed.id(), replayed.state().name(), replayed.attempts(),
                replayed.nextAttemptAt()));
    }

    @ExceptionHandler(WebhookRequestRefused.class)
    ResponseEntity<ProblemDetail> refused(WebhookRequestRefused e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    @ExceptionHandler(NoSuchWebhookException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchWebhookException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(WebhookActRefused.class)
    ResponseEntity<ProblemDetail> conflict(WebhookActRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("state", e.state());
        problem.setProperty("act", e.act());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
