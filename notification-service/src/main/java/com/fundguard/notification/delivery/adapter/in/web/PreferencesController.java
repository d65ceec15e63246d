package com.fundguard.notification.delivery.adapter.in.web;

import com.fundguard.notification.OwnerOnly;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.NoticeTopic;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.notification.delivery.domain.QuietHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import com.fundguard.notification.notice.domain.NoticeKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import com.fundguard.web.ApiProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's own notification preferences: channels per topic (INBOX, SSE, EMAIL, SMS), quiet hours, e-mail address. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/users/{userId}/notification-preferences")
class PreferencesController {

    private final PersonalPreferences preferences;

    PreferencesController(PersonalPreferences preferences) {
        this.preferences = preferences;
    }

    record QuietHoursBody(@NotNull LocalTime from, @NotNull LocalTime until, @NotNull String zone) {

        /**
         * Checked here rather than by {@code @AssertTrue boolean isZone()}: with {@code @JsonIgnore} on it, Jackson
         * ignores the whole property {@code zone}, which then always arrived null.
         */
        void check() {
            if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                throw new InvalidPreferencesException("quietHours.zone", "must be a known time zone (e.g. Asia/Shanghai)");
            }
            if (from.equals(until)) {
                throw new InvalidPreferencesException("quietHours.until", "quiet hours must not end when they start");
            }
        }
    }

    static class InvalidPreferencesException extends RuntimeException {

        final String field;

        InvalidPreferencesException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @ExceptionHandler(InvalidPreferencesException.class)
    ResponseEntity<ProblemDetail> invalidPreferences(InvalidPreferencesException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field, e.getMessage()));
    }

    /**
     * @param events channels per kind of notice, by its key ({@code execution.claimed}, {@code approval.reminder}, ...),
     *               where the person wants other channels than the kind's topic has; absent or empty: none
     */
    record PreferencesBody(@NotNull Map<NoticeTopic, Set<Channel>> channels, Map<String, Set<Channel>> events,
                           @Valid QuietHoursBody quietHours, @Email String email) {

        Preferences toPreferences() {
            Map<NoticeKind, Set<Channel>> perKind = new EnumMap<>(NoticeKind.class);
            (events == null ? Map.<String, Set<Channel>>of() : events).forEach((key, chosen) -> perKind.put(
                    Arrays.stream(NoticeKind.values()).filter(kind -> kind.templateKey().equals(key)).findFirst()
                            .orElseThrow(() -> new InvalidPreferencesException("events." + key, "no such kind of notice; known: "
                                    + Arrays.stream(NoticeKind.values()).map(NoticeKind::templateKey).toList())),
                    chosen == null ? Set.of() : chosen));
            return new Preferences(channels, perKind, Optional.ofNullable(quietHours)
                    .map(q -> new QuietHours(q.from(), q.until(), ZoneId.of(q.zone()))), Optional.ofNullable(email));
        }

        static PreferencesBody of(Preferences p) {
            Map<String, Set<Channel>> events = new TreeMap<>();
            p.perKind().forEach((kind, chosen) -> events.put(kind.templateKey(), chosen));
            return new PreferencesBody(p.channels(), events, p.quietHours()
                    .map(q -> new QuietHoursBody(q.from(), q.until(), q.zone().getId())).orElse(null), p.email().orElse(null));
        }
    }

    @GetMapping
    PreferencesBody read(@PathVariable UUID enterpriseId, @PathVariable UUID userId, @AuthenticationPrincipal Jwt token) {
        OwnerOnly.require(userId, token, "notification preferences");
        return PreferencesBody.of(preferences.of(enterpriseId, userId));
    }

    @ExceptionHandler(PersonalPreferences.ChannelNotAvailableException.class)
    ResponseEntity<ProblemDetail> unavailable(PersonalPreferences.ChannelNotAvailableException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("channels", e.getMessage()));
    }

    @PutMapping
    PreferencesBody choose(@PathVariable UUID enterpriseId, @PathVariable UUID userId,
                           @Valid @RequestBody PreferencesBody body, @AuthenticationPrincipal Jwt token) {
        OwnerOnly.require(userId, token, "notification preferences");
        if (body.quietHours() != null) {
            body.quietHours().check();
        }
        return PreferencesBody.of(preferences.choose(enterpriseId, userId, body.toPreferences()));
    }
}
