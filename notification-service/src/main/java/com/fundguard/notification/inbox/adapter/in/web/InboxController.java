package com.fundguard.notification.inbox.adapter.in.web;

import com.fundguard.notification.inbox.application.UserInbox;
import com.fundguard.notification.inbox.domain.InboxMessage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import com.fundguard.notification.OwnerOnly;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's in-app inbox. Until the identity issue lands, the user is named in the path. */
@RestController
@Validated
@RequestMapping("/api/enterprises/{enterpriseId}/users/{userId}/inbox")
class InboxController {

    private static void owner(UUID userId, Jwt token) {
        OwnerOnly.require(userId, token, "an inbox");
    }

    private final UserInbox inbox;

    InboxController(UserInbox inbox) {
        this.inbox = inbox;
    }

    record MessageView(UUID id, String topic, String title, String body, Instant createdAt, Instant readAt) {
        static MessageView of(InboxMessage m) {
            return new MessageView(m.id(), m.topic(), m.title(), m.body(), m.createdAt(), m.readAt().orElse(null));
        }
    }

    record InboxView(long unread, List<MessageView> messages) {
    }

    @GetMapping
    InboxView list(@PathVariable UUID enterpriseId, @PathVariable UUID userId,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit, @AuthenticationPrincipal Jwt token) {
        owner(userId, token);
        return new InboxView(inbox.unreadCount(enterpriseId, userId),
                inbox.latest(enterpriseId, userId, limit).stream().map(MessageView::of).toList());
    }

    @PostMapping("/{messageId}/read")
    ResponseEntity<MessageView> markRead(@PathVariable UUID enterpriseId, @PathVariable UUID userId,
                                         @PathVariable UUID messageId, @AuthenticationPrincipal Jwt token) {
        owner(userId, token);
        return inbox.markRead(enterpriseId, userId, messageId)
                .map(MessageView::of)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
