package com.fundguard.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    final Instant nine = Instant.parse("2026-11-23T09:00:00Z");
    final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(10));
    final Delivery pending = Delivery.pending(UUID.randomUUID(), UUID.randomUUID(), "event-1", Channel.EMAIL, "transfer",
            "title", "body", Optional.of("cfo@example.com"), nine);

    @Test
    void aChannelThatIsDownDelaysTheDeliveryExponentiallyAndNeverGivesItUp() {
        Delivery once = pending.retryLater("SMTP refused", nine, backoff);
        Delivery twice = once.retryLater("SMTP refused", nine, backoff);
        Delivery thrice = twice.retryLater("SMTP refused", nine, backoff);
        Delivery many = thrice;
        for (int i = 0; i < 40; i++) {
            many = many.retryLater("SMTP refused", nine, backoff);
        }

        assertThat(once.nextAttemptAt()).isEqualTo(nine.plusSeconds(1));
        assertThat(twice.nextAttemptAt()).isEqualTo(nine.plusSeconds(2));
        assertThat(thrice.nextAttemptAt()).isEqualTo(nine.plusSeconds(4));
        assertThat(many.nextAttemptAt()).as("capped").isEqualTo(nine.plus(Duration.ofMinutes(10)));
        assertThat(many.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(many.failedAttempts()).isEqualTo(43);
        assertThat(many.lastFailure()).contains("SMTP refused");
    }

    @Test
    void aSentDeliveryIsSentOnce() {
        Delivery sent = pending.retryLater("down", nine, backoff).sent(nine.plusSeconds(5));

        assertThat(sent.state()).isEqualTo(Delivery.State.SENT);
        assertThat(sent.sentAt()).contains(nine.plusSeconds(5));
        assertThatThrownBy(() -> sent.sent(nine)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.retryLater("down", nine, backoff)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeliveryTheChannelRefusesForGoodFailsWithItsReasonAndIsNeverTriedAgain() {
        Delivery failed = pending.retryLater("gateway down", nine, backoff).refused("no phone number registered");

        assertThat(failed.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(failed.lastFailure()).contains("no phone number registered");
        assertThat(failed.failedAttempts()).isEqualTo(2);
        assertThat(failed.sentAt()).isEmpty();
    }

    /** Every (state, act) pair: only a pending delivery can be sent, retried or refused. */
    @Test
    void transitionTable() {
        Delivery sent = pending.sent(nine);
        Delivery failed = pending.refused("refused");

        assertThat(pending.sent(nine).state()).isEqualTo(Delivery.State.SENT);
        assertThat(pending.retryLater("down", nine, backoff).state()).isEqualTo(Delivery.State.PENDING);
        assertThat(pending.refused("refused").state()).isEqualTo(Delivery.State.FAILED);
        for (Delivery done : new Delivery[] {sent, failed}) {
            assertThatThrownBy(() -> done.sent(nine)).as("%s sent", done.state()).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> done.retryLater("down", nine, backoff)).as("%s retried", done.state())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> done.refused("refused")).as("%s refused", done.state())
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
