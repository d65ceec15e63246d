package com.fundguard.reconciliation.recall.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, act) pair of a recall: where it goes and what it causes, or that it is refused. */
class RecallTransitionTableTest {

    static final Instant REQUESTED_AT = Instant.parse("2026-03-16T02:00:00Z");
    static final Instant NOW = REQUESTED_AT.plusSeconds(60);
    static final Instant LATER = NOW.plus(Duration.ofMinutes(5));

    enum Act {
        ACCEPTED_BY_BANK((r, at) -> r.acceptedByBank("SBX-20260316-000000042", at)),
        REJECTED_BY_BANK((r, at) -> r.rejectedByBank("AGNT", at)),
        PENDING_AT_BANK((r, at) -> r.pendingAtBank(at, LATER)),
        UNANSWERED_BY_BANK((r, at) -> r.unansweredByBank("request timed out", at, LATER));

        final BiFunction<Recall, Instant, List<RecallEvent>> act;

        Act(BiFunction<Recall, Instant, List<RecallEvent>> act) {
            this.act = act;
        }
    }

    /** The expected state after the act, and whether it publishes the bank's answer; null state: refused. */
    record Row(RecallState from, Act act, RecallState to, boolean answered) {
    }

    static Stream<Arguments> table() {
        return Stream.of(
                new Row(RecallState.REQUESTED, Act.ACCEPTED_BY_BANK, RecallState.ACCEPTED, true),
                new Row(RecallState.REQUESTED, Act.REJECTED_BY_BANK, RecallState.REJECTED, true),
                new Row(RecallState.REQUESTED, Act.PENDING_AT_BANK, RecallState.PENDING, false),
                new Row(RecallState.REQUESTED, Act.UNANSWERED_BY_BANK, RecallState.REQUESTED, false),
                new Row(RecallState.PENDING, Act.ACCEPTED_BY_BANK, RecallState.ACCEPTED, true),
                new Row(RecallState.PENDING, Act.REJECTED_BY_BANK, RecallState.REJECTED, true),
                new Row(RecallState.PENDING, Act.PENDING_AT_BANK, RecallState.PENDING, false),
                new Row(RecallState.PENDING, Act.UNANSWERED_BY_BANK, RecallState.PENDING, false),
                new Row(RecallState.ACCEPTED, Act.ACCEPTED_BY_BANK, null, false),
                new Row(RecallState.ACCEPTED, Act.REJECTED_BY_BANK, null, false),
                new Row(RecallState.ACCEPTED, Act.PENDING_AT_BANK, null, false),
                new Row(RecallState.ACCEPTED, Act.UNANSWERED_BY_BANK, null, false),
                new Row(RecallState.REJECTED, Act.ACCEPTED_BY_BANK, null, false),
                new Row(RecallState.REJECTED, Act.REJECTED_BY_BANK, null, false),
                new Row(RecallState.REJECTED, Act.PENDING_AT_BANK, null, false),
                new Row(RecallState.REJECTED, Act.UNANSWERED_BY_BANK, null, false)
        ).map(Arguments::of);
    }

    static Recall in(RecallState state) {
        boolean answered = state.isFinal();
        return Recall.restore(new Recall.Snapshot(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "key-1", "0f3a9c2e7b1d4e8f9a6b5c4d3e2f1a0b",
                "CN6222000011110001", "FGSANDBOX", "Hangzhou Tea Trading Co.", new BigDecimal("1250.50"), Currency.getInstance("CNY"),
                RecallReason.DUPLICATE_PAYMENT, UUID.randomUUID(), REQUESTED_AT, state,
                state == RecallState.REJECTED ? Optional.of("NOOR") : Optional.empty(),
                state == RecallState.ACCEPTED ? Optional.of("SBX-20260316-000000041") : Optional.empty(),
                answered ? Optional.of(REQUESTED_AT) : Optional.empty(), 1, Optional.empty(),
                answered ? Optional.empty() : Optional.of(NOW), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachActInEachState(Row row) {
        Recall recall = in(row.from());
        Recall.Snapshot before = recall.snapshot();

        if (row.to() == null) {
            assertThatThrownBy(() -> row.act().act.apply(recall, NOW)).isInstanceOf(IllegalRecallTransitionException.class)
                    .hasMessageContaining(row.from().name());
            assertThat(recall.snapshot()).isEqualTo(before);
            return;
        }
        List<RecallEvent> events = row.act().act.apply(recall, NOW);

        assertThat(recall.state()).isEqualTo(row.to());
        assertThat(recall.snapshot().attempts()).isEqualTo(before.attempts() + 1);
        if (row.answered()) {
            assertThat(events).singleElement().isInstanceOfSatisfying(RecallEvent.RecallAnswered.class, answered -> {
                assertThat(answered.state()).isEqualTo(row.to());
                assertThat(answered.transferId()).isEqualTo(before.transferId());
                assertThat(answered.at()).isEqualTo(NOW);
                assertThat(row.to() == RecallState.ACCEPTED ? answered.reversalReference() : answered.reasonCode()).isPresent();
            });
            assertThat(recall.snapshot().nextAttemptAt()).isEmpty();
        } else {
            assertThat(events).isEmpty();
            // Not final: the same request goes to the bank again.
            assertThat(recall.snapshot().nextAttemptAt()).contains(LATER);
        }
    }
}
