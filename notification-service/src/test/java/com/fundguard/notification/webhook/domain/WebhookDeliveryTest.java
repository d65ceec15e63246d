package com.fundguard.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    static final WebhookRetryPolicy POLICY = new WebhookRetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 8);
    static final WebhookEndpoint ENDPOINT = WebhookEndpoint.subscribe(UUID.randomUUID(), URI.create("https://erp.example.com/hooks"),
            Set.of("com.fundguard.execution.failed.v1"), "ERP", UUID.randomUUID(), NINE);

    static WebhookDelivery pending() {
        return WebhookDelivery.pending(ENDPOINT, "event-1", "com.fundguard.execution.failed.v1", "{\"eventId\":\"event-1\"}", NINE);
    }

    static WebhookDelivery delivered() {
        return pending().deliver(NINE.plusSeconds(1));
    }

    static WebhookDelivery dead() {
        return pending().park("the endpoint was disabled", NINE.plusSeconds(1));
    }

    enum Act {
        DELIVER((d, at) -> d.deliver(at)),
        FAIL_ATTEMPT((d, at) -> d.failAttempt("HTTP 500: busy", at, POLICY)),
        PARK((d, at) -> d.park("the endpoint was disabled", at)),
        REPLAY((d, at) -> d.replay(at));

        final BiFunction<WebhookDelivery, Instant, WebhookDelivery> take;

        Act(BiFunction<WebhookDelivery, Instant, WebhookDelivery> take) {
            this.take = take;
        }
    }

    /** Every (state, act) pair: the state it leads to, or null where the act is refused. */
    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(WebhookDelivery.State.PENDING, Act.DELIVER, WebhookDelivery.State.DELIVERED),
                Arguments.of(WebhookDelivery.State.PENDING, Act.FAIL_ATTEMPT, WebhookDelivery.State.PENDING),
                Arguments.of(WebhookDelivery.State.PENDING, Act.PARK, WebhookDelivery.State.DEAD),
                Arguments.of(WebhookDelivery.State.PENDING, Act.REPLAY, null),
                Arguments.of(WebhookDelivery.State.DELIVERED, Act.DELIVER, null),
                Arguments.of(WebhookDelivery.State.DELIVERED, Act.FAIL_ATTEMPT, null),
                Arguments.of(WebhookDelivery.State.DELIVERED, Act.PARK, null),
                Arguments.of(WebhookDelivery.State.DELIVERED, Act.REPLAY, null),
                Arguments.of(WebhookDelivery.State.DEAD, Act.DELIVER, null),
                Arguments.of(WebhookDelivery.State.DEAD, Act.FAIL_ATTEMPT, null),
                Arguments.of(WebhookDelivery.State.DEAD, Act.PARK, null),
                Arguments.of(WebhookDelivery.State.DEAD, Act.REPLAY, WebhookDelivery.State.PENDING));
    }

    static WebhookDelivery in(WebhookDelivery.State state) {
        return switch (state) {
            case PENDING -> pending();
            case DELIVERED -> delivered();
            case DEAD -> dead();
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("transitions")
    void everyActInEveryStateLeadsWhereTheTableSaysOrIsRefused(WebhookDelivery.State from, Act act, WebhookDelivery.State to) {
        WebhookDelivery before = in(from);
        Instant at = NINE.plusSeconds(60);
        if (to == null) {
            assertThatThrownBy(() -> act.take.apply(before, at))
                    .isInstanceOf(WebhookActRefused.class)
                    .hasMessageContaining(from.name());
        } else {
            WebhookDelivery after = act.take.apply(before, at);
            assertThat(after.state()).isEqualTo(to);
            assertThat(after.id()).as("the same delivery id, whatever happens to it").isEqualTo(before.id());
            assertThat(after.payload()).isEqualTo(before.payload());
        }
    }

    @Test
    void theTableCoversEveryStateAndAct() {
        assertThat(transitions().map(a -> a.get()[0] + " " + a.get()[1]).distinct())
                .hasSize(WebhookDelivery.State.values().length * Act.values().length);
    }

    @Test
    void failedAttemptsAreRetriedAfterGrowingDelaysCappedByThePolicy() {
        WebhookDelivery delivery = pending();
        Instant at = NINE;
        List<Duration> waited = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            delivery = delivery.failAttempt("HTTP 503", at, POLICY);
            waited.add(Duration.between(at, delivery.nextAttemptAt()));
            at = delivery.nextAttemptAt();
        }

        assertThat(waited).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240), Duration.ofSeconds(480), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(waited).isEqualTo(POLICY.schedule());
        assertThat(delivery.state()).isEqualTo(WebhookDelivery.State.PENDING);
        assertThat(delivery.attempts()).isEqualTo(7);
        assertThat(delivery.lastError()).contains("HTTP 503");
    }

    @Test
    void parksADeliveryOnTheDeadLetterListAfterTheLastAttempt() {
        WebhookDelivery delivery = pending();
        for (int i = 0; i < POLICY.maxAttempts() - 1; i++) {
            delivery = delivery.failAttempt("HTTP 500", NINE.plusSeconds(i), POLICY);
        }
        WebhookDelivery last = delivery.failAttempt("no answer within PT10S", NINE.plus(Duration.ofHours(1)), POLICY);

        assertThat(last.state()).isEqualTo(WebhookDelivery.State.DEAD);
        assertThat(last.attempts()).isEqualTo(8);
        assertThat(last.parkedAt()).contains(NINE.plus(Duration.ofHours(1)));
        assertThat(last.lastError()).contains("no answer within PT10S");
    }

    @Test
    void aReplayStartsTheAttemptsOverAtOnceUnderTheSameId() {
        WebhookDelivery dead = pending();
        for (int i = 0; i < POLICY.maxAttempts(); i++) {
            dead = dead.failAttempt("HTTP 500", NINE, POLICY);
        }
        Instant later = NINE.plus(Duration.ofDays(1));

        WebhookDelivery replayed = dead.replay(later);

        assertThat(replayed.state()).isEqualTo(WebhookDelivery.State.PENDING);
        assertThat(replayed.attempts()).isZero();
        assertThat(replayed.nextAttemptAt()).isEqualTo(later);
        assertThat(replayed.parkedAt()).isEmpty();
        assertThat(replayed.id()).isEqualTo(dead.id());
        assertThat(replayed.failAttempt("HTTP 500", later, POLICY).state()).as("a full set of attempts again")
                .isEqualTo(WebhookDelivery.State.PENDING);
    }

    @Test
    void aDeliveredOneCountsItsAttemptAndKeepsWhenItWentThrough() {
        WebhookDelivery delivered = pending().failAttempt("HTTP 500", NINE, POLICY).deliver(NINE.plusSeconds(30));

        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.deliveredAt()).contains(NINE.plusSeconds(30));
    }

    @Test
    void itsPrintedFormNamesNoPayload() {
        assertThat(pending().toString()).doesNotContain("event-1\"").doesNotContain("{");
    }
}
