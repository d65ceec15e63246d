package com.fundguard.notification.delivery.adapter.in.web;

import com.fundguard.notification.OwnerOnly;
import com.fundguard.notification.delivery.adapter.sse.LiveStreams;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A person's live stream of messages (Server-Sent Events); reconnecting with Last-Event-ID replays what was missed. */
@RestController
class InboxStreamController {

    private final LiveStreams streams;

    InboxStreamController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/enterprises/{enterpriseId}/users/{userId}/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID enterpriseId, @PathVariable UUID userId,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
                      @AuthenticationPrincipal Jwt token) {
        OwnerOnly.require(userId, token, "a stream");
        return streams.open(enterpriseId, userId, Optional.ofNullable(lastEventId));
    }
}
