package com.fundguard.approval.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, act) pair of a transfer request: the state it leads to, or the refusal. */
class TransferTransitionTableTest {

    static final Clock SUBMITTED_AT = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    static final Clock LATER = Clock.offset(SUBMITTED_AT, Duration.ofDays(3));
    static final Duration DEADLINE = Duration.ofDays(2);
    static final UUID APPLICANT = UUID.randomUUID();
    static final String HASH = "c".repeat(64);
    static final Decider AUDITOR = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUDITOR), "web");
    static final Decider AUTHORIZER = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUTHORIZER), "owner-app");
    static final Route ROUTE = new Route("builtin-default@1", List.of(RouteStep.audit(), RouteStep.authorization()), List.of());

    enum Act {
        APPROVE(r -> r.approve(r.state() == TransferState.PENDING_AUTHORIZATION ? AUTHORIZER : AUDITOR, HASH, "ok", LATER).request()),
        REJECT(r -> r.reject(r.state() == TransferState.PENDING_AUTHORIZATION ? AUTHORIZER : AUDITOR, HASH, "no", LATER).request()),
        CANCEL(r -> r.cancel(APPLICANT, LATER).request()),
        EXPIRE(r -> r.expire(DEADLINE, LATER).request()),
        START_EXECUTION(r -> r.startExecution().request()),
        RECORD_EXECUTED(r -> r.recordExecuted().request()),
        RECORD_FAILED(r -> r.recordFailed().request()),
        RECORD_OUTCOME_UNKNOWN(r -> r.recordOutcomeUnknown().request()),
        SETTLE(r -> r.settle().request()),
        RECORD_RETURNED(r -> r.recordReturned().request());

        final Function<TransferRequest, TransferRequest> apply;

        Act(Function<TransferRequest, TransferRequest> apply) {
            this.apply = apply;
        }
    }

    static TransferRequest submitted() {
        TransferDetails details = new TransferDetails("CN6222000011110001",
                new Payee("Shanghai Steel Co.", "31001234567890", "CCBCCNBJ", PayeeType.CORPORATE),
                Money.of("125000.50", "CNY"), "Invoice", LocalDate.of(2026, 11, 24), List.of());
        return TransferRequest.submit(UUID.randomUUID(), UUID.randomUUID(), TransferReference.of(LocalDate.of(2026, 11, 23), 1),
                APPLICANT, details, HASH, ROUTE, Optional.empty(), SUBMITTED_AT).request();
    }

    static TransferRequest in(TransferState state) {
        TransferRequest fresh = submitted();
        return switch (state) {
            case PENDING_AUDIT -> fresh;
            case PENDING_AUTHORIZATION -> fresh.approve(AUDITOR, HASH, "ok", SUBMITTED_AT).request();
            case AUTHORIZED -> fresh.approve(AUDITOR, HASH, "ok", SUBMITTED_AT).request().approve(AUTHORIZER, HASH, "ok", SUBMITTED_AT).request();
            case REJECTED -> fresh.reject(AUDITOR, HASH, "no", SUBMITTED_AT).request();
            case CANCELLED -> fresh.cancel(APPLICANT, SUBMITTED_AT).request();
            case EXPIRED -> fresh.expire(DEADLINE, LATER).request();
            // States this aggregate does not reach by these acts (execution and settlement come from events).
            default -> TransferRequest.restore(fresh.id(), fresh.enterpriseId(), fresh.reference(), APPLICANT, fresh.details(),
                    HASH, ROUTE, state, 2, List.of(), fresh.submittedAt(), Optional.empty(), 0);
        };
    }

    static final Map<TransferState, Map<Act, TransferState>> ALLOWED = new EnumMap<>(Map.of(
            TransferState.PENDING_AUDIT, Map.of(Act.APPROVE, TransferState.PENDING_AUTHORIZATION, Act.REJECT, TransferState.REJECTED,
                    Act.CANCEL, TransferState.CANCELLED, Act.EXPIRE, TransferState.EXPIRED),
            TransferState.PENDING_AUTHORIZATION, Map.of(Act.APPROVE, TransferState.AUTHORIZED, Act.REJECT, TransferState.REJECTED,
                    Act.EXPIRE, TransferState.EXPIRED),
            // failed without a claim: execution could not begin (payer account not registered for execution)
            TransferState.AUTHORIZED, Map.of(Act.START_EXECUTION, TransferState.EXECUTING, Act.RECORD_FAILED, TransferState.FAILED),
            // a claim again: the order never left and went back to the queue, or the bank had no such order
            TransferState.EXECUTING, Map.of(Act.START_EXECUTION, TransferState.EXECUTING, Act.RECORD_EXECUTED, TransferState.EXECUTED,
                    Act.RECORD_FAILED, TransferState.FAILED, Act.RECORD_OUTCOME_UNKNOWN, TransferState.OUTCOME_UNKNOWN),
            TransferState.OUTCOME_UNKNOWN, Map.of(Act.START_EXECUTION, TransferState.EXECUTING, Act.RECORD_EXECUTED, TransferState.EXECUTED,
                    Act.RECORD_FAILED, TransferState.FAILED, Act.RECORD_OUTCOME_UNKNOWN, TransferState.OUTCOME_UNKNOWN,
                    Act.SETTLE, TransferState.SETTLED),
            TransferState.EXECUTED, Map.of(Act.SETTLE, TransferState.SETTLED, Act.RECORD_RETURNED, TransferState.RETURNED),
            // the statement settled an unknown outcome before the execution side confirmed it: the confirmation is no news
            TransferState.SETTLED, Map.of(Act.RECORD_EXECUTED, TransferState.SETTLED, Act.RECORD_RETURNED, TransferState.RETURNED)));

    static Stream<Arguments> everyStateAndAct() {
        List<Arguments> pairs = new ArrayList<>();
        for (TransferState state : TransferState.values()) {
            for (Act act : Act.values()) {
                pairs.add(Arguments.of(state, act, ALLOWED.getOrDefault(state, Map.of()).get(act)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStateAndAct")
    void everyActInEveryStateLeadsWhereTheTableSaysOrIsRefused(TransferState from, Act act, TransferState to) {
        TransferRequest request = in(from);
        assertThat(request.state()).isEqualTo(from);
        if (to != null) {
            assertThat(act.apply.apply(request).state()).isEqualTo(to);
        } else {
            // PENDING_AUTHORIZATION --CANCEL--> refused because a decision was taken (the audit); all else: wrong state.
            assertThatThrownBy(() -> act.apply.apply(request)).isInstanceOfSatisfying(DecisionRefused.class,
                    e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.NOT_ALLOWED_IN_STATE));
        }
    }

    @Test
    void theTableCoversAllFourteenStatesAndEveryAct() {
        assertThat(everyStateAndAct().count()).isEqualTo(14L * Act.values().length);
    }
}
