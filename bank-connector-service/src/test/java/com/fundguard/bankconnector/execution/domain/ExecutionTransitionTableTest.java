package com.fundguard.bankconnector.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, act) pair of an execution: the state it leads to, or the refusal. */
class ExecutionTransitionTableTest {

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final ExecutionPolicy POLICY = new ExecutionPolicy(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(10),
            Duration.ofMinutes(15), Duration.ofSeconds(30), 3);
    static final String AGENT = "ukey-desk-1";
    static final UUID CLAIM_ID = UUID.randomUUID();
    static final Instant WITHIN_LEASE = T0.plusSeconds(10);
    static final Instant AFTER_LEASE = T0.plusSeconds(61);
    static final Instant INQUIRY_DUE = T0.plusSeconds(200);

    static ExecutionOrder order() {
        return new ExecutionOrder(UUID.randomUUID(), UUID.randomUUID(), "TR-20261123-0001", "CN6222000011110001", "Acme Ltd", "FGSANDBOX",
                "Shanghai Steel Co.", "31001234567890", "CCBCCNBJ", "CORPORATE", new BigDecimal("125000.50"), Currency.getInstance("CNY"),
                "Invoice 2026-117", LocalDate.of(2026, 11, 23), List.of(), "a".repeat(64));
    }

    enum Act {
        CLAIM(e -> e.claim(AGENT, CLAIM_ID, POLICY, WITHIN_LEASE)),
        HEARTBEAT(e -> e.heartbeat(CLAIM_ID, AGENT, POLICY, WITHIN_LEASE)),
        RELEASE_CREDENTIALS(e -> e.releaseCredentials(CLAIM_ID, AGENT, WITHIN_LEASE)),
        START_SENDING(e -> e.startSending(CLAIM_ID, AGENT, WITHIN_LEASE)),
        REPORT_EXECUTED(e -> e.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.EXECUTED, Optional.of("B-1"), Optional.empty()), POLICY, WITHIN_LEASE)),
        REPORT_NOT_SENT(e -> e.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.NOT_SENT, Optional.empty(), Optional.of("PIN_REFUSED")), POLICY, WITHIN_LEASE)),
        ABANDON(e -> e.abandon(CLAIM_ID, AGENT, POLICY, WITHIN_LEASE)),
        REPORT_FAILED(e -> e.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.FAILED, Optional.empty(), Optional.of("AC01")), POLICY, WITHIN_LEASE)),
        REPORT_OUTCOME_UNKNOWN(e -> e.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.OUTCOME_UNKNOWN, Optional.empty(), Optional.empty()), POLICY, WITHIN_LEASE)),
        REPORT_DUPLICATE_AT_BANK(e -> e.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.DUPLICATE_AT_BANK, Optional.empty(), Optional.empty()), POLICY, WITHIN_LEASE)),
        REPORT_CONTENT_MISMATCH(e -> e.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.CONTENT_MISMATCH, Optional.empty(), Optional.empty()), POLICY, WITHIN_LEASE)),
        EXPIRE_LEASE(e -> e.expireLease(POLICY, AFTER_LEASE)),
        INQUIRED_NO_SUCH_ORDER(e -> e.inquired(new InquiryAnswer.NoSuchOrder(), POLICY, INQUIRY_DUE)),
        INQUIRED_BOOKED(e -> e.inquired(new InquiryAnswer.Booked("B-9"), POLICY, INQUIRY_DUE)),
        INQUIRED_REJECTED(e -> e.inquired(new InquiryAnswer.Rejected("AM04"), POLICY, INQUIRY_DUE)),
        INQUIRED_PENDING(e -> e.inquired(new InquiryAnswer.Pending("PDNG"), POLICY, INQUIRY_DUE)),
        INQUIRED_UNANSWERED(e -> e.inquired(new InquiryAnswer.Unanswered(Optional.empty()), POLICY, INQUIRY_DUE)),
        SETTLED_ON_STATEMENT(e -> e.settledOnStatement("B-STMT", INQUIRY_DUE));

        final Function<Execution, Execution.Changed> apply;

        Act(Function<Execution, Execution.Changed> apply) {
            this.apply = apply;
        }
    }

    static Execution in(ExecutionState state) {
        Execution queued = Execution.queue(order(), T0);
        Execution claimed = queued.claim(AGENT, CLAIM_ID, POLICY, T0).execution();
        Execution sending = claimed.startSending(CLAIM_ID, AGENT, T0).execution();
        return switch (state) {
            case QUEUED -> queued;
            case CLAIMED -> claimed;
            case SENDING -> sending;
            case OUTCOME_UNKNOWN -> sending.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.OUTCOME_UNKNOWN, Optional.empty(),
                    Optional.empty()), POLICY, T0).execution();
            case EXECUTED -> sending.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.EXECUTED, Optional.of("B-0"), Optional.empty()),
                    POLICY, T0).execution();
            case FAILED -> sending.report(CLAIM_ID, AGENT, new AgentReport(AgentReport.Outcome.FAILED, Optional.empty(), Optional.of("AM04")),
                    POLICY, T0).execution();
        };
    }

    /** The state each allowed act leads to; a pair not listed is refused and changes nothing. */
    static final Map<ExecutionState, Map<Act, ExecutionState>> ALLOWED = new EnumMap<>(Map.of(
            // the statement shows it booked: never sent again, whatever was awaited (even a resend after "no such order")
            ExecutionState.QUEUED, Map.of(Act.CLAIM, ExecutionState.CLAIMED, Act.SETTLED_ON_STATEMENT, ExecutionState.EXECUTED),
            // nothing has left: the order may still be handed back (not sent, content mismatch) or lost with its lease
            ExecutionState.CLAIMED, Map.of(Act.HEARTBEAT, ExecutionState.CLAIMED, Act.RELEASE_CREDENTIALS, ExecutionState.CLAIMED,
                    Act.START_SENDING, ExecutionState.SENDING, Act.REPORT_NOT_SENT, ExecutionState.QUEUED,
                    Act.REPORT_CONTENT_MISMATCH, ExecutionState.FAILED, Act.ABANDON, ExecutionState.OUTCOME_UNKNOWN,
                    Act.EXPIRE_LEASE, ExecutionState.OUTCOME_UNKNOWN, Act.SETTLED_ON_STATEMENT, ExecutionState.EXECUTED),
            // the order may have left: only the bank's answer ends it; anything else is an unknown outcome
            ExecutionState.SENDING, Map.of(Act.HEARTBEAT, ExecutionState.SENDING, Act.START_SENDING, ExecutionState.SENDING,
                    Act.REPORT_EXECUTED, ExecutionState.EXECUTED, Act.REPORT_FAILED, ExecutionState.FAILED,
                    Act.REPORT_OUTCOME_UNKNOWN, ExecutionState.OUTCOME_UNKNOWN, Act.REPORT_DUPLICATE_AT_BANK, ExecutionState.OUTCOME_UNKNOWN,
                    Act.REPORT_NOT_SENT, ExecutionState.OUTCOME_UNKNOWN, Act.ABANDON, ExecutionState.OUTCOME_UNKNOWN,
                    Act.EXPIRE_LEASE, ExecutionState.OUTCOME_UNKNOWN, Act.SETTLED_ON_STATEMENT, ExecutionState.EXECUTED),
            // a late answer from the bank still settles it; the same report again and handing it back change nothing;
            // only the bank's "no such order" lets it be sent again
            ExecutionState.OUTCOME_UNKNOWN, Map.of(Act.REPORT_EXECUTED, ExecutionState.EXECUTED, Act.REPORT_FAILED, ExecutionState.FAILED,
                    Act.REPORT_OUTCOME_UNKNOWN, ExecutionState.OUTCOME_UNKNOWN, Act.ABANDON, ExecutionState.OUTCOME_UNKNOWN,
                    Act.INQUIRED_NO_SUCH_ORDER, ExecutionState.QUEUED, Act.INQUIRED_BOOKED, ExecutionState.EXECUTED,
                    Act.INQUIRED_REJECTED, ExecutionState.FAILED, Act.INQUIRED_PENDING, ExecutionState.OUTCOME_UNKNOWN,
                    Act.INQUIRED_UNANSWERED, ExecutionState.OUTCOME_UNKNOWN, Act.SETTLED_ON_STATEMENT, ExecutionState.EXECUTED),
            // the statement confirms what is known: no news
            ExecutionState.EXECUTED, Map.of(Act.ABANDON, ExecutionState.EXECUTED, Act.SETTLED_ON_STATEMENT, ExecutionState.EXECUTED),
            ExecutionState.FAILED, Map.of(Act.ABANDON, ExecutionState.FAILED)));

    static Stream<Arguments> everyStateAndAct() {
        List<Arguments> pairs = new ArrayList<>();
        for (ExecutionState state : ExecutionState.values()) {
            for (Act act : Act.values()) {
                pairs.add(Arguments.of(state, act));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("everyStateAndAct")
    void eachActOnEachStateLeadsWhereTheTableSaysOrIsRefused(ExecutionState state, Act act) {
        Execution before = in(state);
        ExecutionState expected = ALLOWED.getOrDefault(state, Map.of()).get(act);
        if (expected == null) {
            assertThatThrownBy(() -> act.apply.apply(before)).isInstanceOf(ExecutionRefused.class);
        } else {
            assertThat(act.apply.apply(before).execution().state()).isEqualTo(expected);
        }
    }
}
