package com.fundguard.reconciliation.discrepancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome.Done;
import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome.Rejected;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An error case under every act in every state: what it becomes, or why it refuses and stays as it was. */
class DiscrepancyCaseTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID MAKER = UUID.randomUUID();
    static final UUID CHECKER = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final Instant OPENED = Instant.parse("2026-11-20T07:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-11-23T04:00:00Z");
    static final Instant BEFORE_DEADLINE = DEADLINE.minus(Duration.ofHours(1));
    static final Instant AFTER_DEADLINE = DEADLINE.plus(Duration.ofHours(1));

    static CaseFacts facts(DiscrepancyType type) {
        return new CaseFacts(ENTERPRISE, type, "CN0001", Currency.getInstance("CNY"), new BigDecimal("1250.00"),
                List.of(UUID.randomUUID()), List.of(), LocalDate.parse("2026-11-19"), "debit without transfer");
    }

    /** The starting points: each state, and an open case already escalated. */
    enum Start {
        OPEN, OPEN_ESCALATED, RESOLUTION_PROPOSED, RESOLVED;

        DiscrepancyCase make() {
            DiscrepancyCase c = DiscrepancyCase.open(UUID.randomUUID(), facts(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER), OPENED, DEADLINE);
            switch (this) {
                case OPEN -> {
                }
                case OPEN_ESCALATED -> c.escalate(AFTER_DEADLINE);
                case RESOLUTION_PROPOSED -> c.proposeResolution(MAKER, "refund the double debit", "bank reply 2026-11-21", OPENED);
                case RESOLVED -> {
                    c.proposeResolution(MAKER, "refund the double debit", "bank reply 2026-11-21", OPENED);
                    c.approveResolution(CHECKER, OPENED);
                }
            }
            return c;
        }
    }

    enum Act {
        ASSIGN, QUERY_BANK, LOG_BANK_REPLY, PROPOSE, APPROVE_BY_CHECKER, APPROVE_BY_PROPOSER, REFUSE_BY_CHECKER, REFUSE_BY_PROPOSER,
        ESCALATE_BEFORE_DEADLINE, ESCALATE_AFTER_DEADLINE;

        CaseActOutcome on(DiscrepancyCase c) {
            return switch (this) {
                case ASSIGN -> c.assign(OWNER, CHECKER, BEFORE_DEADLINE);
                case QUERY_BANK -> c.logQueryToBank(OWNER, "please confirm the debit of 1250.00", List.of(), BEFORE_DEADLINE);
                case LOG_BANK_REPLY -> c.logBankReply(OWNER, "booked twice by the bank; refunded", List.of(), BEFORE_DEADLINE);
                case PROPOSE -> c.proposeResolution(CHECKER, "write off", "statement line", BEFORE_DEADLINE);
                case APPROVE_BY_CHECKER -> c.approveResolution(CHECKER, BEFORE_DEADLINE);
                case APPROVE_BY_PROPOSER -> c.approveResolution(MAKER, BEFORE_DEADLINE);
                case REFUSE_BY_CHECKER -> c.refuseResolution(CHECKER, "the reply does not cover the fee", BEFORE_DEADLINE);
                case REFUSE_BY_PROPOSER -> c.refuseResolution(MAKER, "changed my mind", BEFORE_DEADLINE);
                case ESCALATE_BEFORE_DEADLINE -> c.escalate(BEFORE_DEADLINE);
                case ESCALATE_AFTER_DEADLINE -> c.escalate(AFTER_DEADLINE.plusSeconds(60));
            };
        }
    }

    /** Everything a case says about itself, to show a refused act changed none of it. */
    static List<Object> snapshot(DiscrepancyCase c) {
        return List.of(c.state(), c.owner(), c.escalatedAt(), c.proposal(), c.resolution(), c.deadline(), c.facts());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "OPEN,                ASSIGN,                   OPEN,                Assigned",
            "OPEN,                QUERY_BANK,               OPEN,                QueriedBank",
            "OPEN,                LOG_BANK_REPLY,           OPEN,                BankReplied",
            "OPEN,                PROPOSE,                  RESOLUTION_PROPOSED, ResolutionProposed",
            "OPEN,                APPROVE_BY_CHECKER,       NOTHING_PROPOSED,",
            "OPEN,                APPROVE_BY_PROPOSER,      NOTHING_PROPOSED,",
            "OPEN,                REFUSE_BY_CHECKER,        NOTHING_PROPOSED,",
            "OPEN,                REFUSE_BY_PROPOSER,       NOTHING_PROPOSED,",
            "OPEN,                ESCALATE_BEFORE_DEADLINE, NOT_OVERDUE,",
            "OPEN,                ESCALATE_AFTER_DEADLINE,  OPEN,                Escalated",
            "OPEN_ESCALATED,      ASSIGN,                   OPEN,                Assigned",
            "OPEN_ESCALATED,      QUERY_BANK,               OPEN,                QueriedBank",
            "OPEN_ESCALATED,      LOG_BANK_REPLY,           OPEN,                BankReplied",
            "OPEN_ESCALATED,      PROPOSE,                  RESOLUTION_PROPOSED, ResolutionProposed",
            "OPEN_ESCALATED,      APPROVE_BY_CHECKER,       NOTHING_PROPOSED,",
            "OPEN_ESCALATED,      APPROVE_BY_PROPOSER,      NOTHING_PROPOSED,",
            "OPEN_ESCALATED,      REFUSE_BY_CHECKER,        NOTHING_PROPOSED,",
            "OPEN_ESCALATED,      REFUSE_BY_PROPOSER,       NOTHING_PROPOSED,",
            "OPEN_ESCALATED,      ESCALATE_BEFORE_DEADLINE, ALREADY_ESCALATED,",
            "OPEN_ESCALATED,      ESCALATE_AFTER_DEADLINE,  ALREADY_ESCALATED,",
            "RESOLUTION_PROPOSED, ASSIGN,                   RESOLUTION_PROPOSED, Assigned",
            "RESOLUTION_PROPOSED, QUERY_BANK,               RESOLUTION_PROPOSED, QueriedBank",
            "RESOLUTION_PROPOSED, LOG_BANK_REPLY,           RESOLUTION_PROPOSED, BankReplied",
            "RESOLUTION_PROPOSED, PROPOSE,                  ALREADY_PROPOSED,",
            "RESOLUTION_PROPOSED, APPROVE_BY_CHECKER,       RESOLVED,            Resolved",
            "RESOLUTION_PROPOSED, APPROVE_BY_PROPOSER,      PROPOSER_CANNOT_DECIDE,",
            "RESOLUTION_PROPOSED, REFUSE_BY_CHECKER,        OPEN,                ResolutionRefused",
            "RESOLUTION_PROPOSED, REFUSE_BY_PROPOSER,       PROPOSER_CANNOT_DECIDE,",
            "RESOLUTION_PROPOSED, ESCALATE_BEFORE_DEADLINE, NOT_OVERDUE,",
            "RESOLUTION_PROPOSED, ESCALATE_AFTER_DEADLINE,  RESOLUTION_PROPOSED, Escalated",
            "RESOLVED,            ASSIGN,                   CASE_RESOLVED,",
            "RESOLVED,            QUERY_BANK,               CASE_RESOLVED,",
            "RESOLVED,            LOG_BANK_REPLY,           CASE_RESOLVED,",
            "RESOLVED,            PROPOSE,                  CASE_RESOLVED,",
            "RESOLVED,            APPROVE_BY_CHECKER,       CASE_RESOLVED,",
            "RESOLVED,            APPROVE_BY_PROPOSER,      CASE_RESOLVED,",
            "RESOLVED,            REFUSE_BY_CHECKER,        CASE_RESOLVED,",
            "RESOLVED,            REFUSE_BY_PROPOSER,       CASE_RESOLVED,",
            "RESOLVED,            ESCALATE_BEFORE_DEADLINE, CASE_RESOLVED,",
            "RESOLVED,            ESCALATE_AFTER_DEADLINE,  CASE_RESOLVED,",
    })
    void everyActInEveryState(Start start, Act act, String then, String event) {
        DiscrepancyCase c = start.make();
        List<Object> before = snapshot(c);

        CaseActOutcome outcome = act.on(c);

        if (event == null) {
            assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
                    rejected -> assertThat(rejected.reason()).isEqualTo(CaseActOutcome.Reason.valueOf(then)));
            assertThat(snapshot(c)).as("a refused act changes nothing").isEqualTo(before);
        } else {
            assertThat(outcome).isInstanceOfSatisfying(Done.class, done -> assertThat(done.events())
                    .singleElement().extracting(e -> e.getClass().getSimpleName()).isEqualTo(event));
            assertThat(c.state()).isEqualTo(CaseState.valueOf(then));
        }
    }

    @Test
    void theSamePersonCannotProposeAndApproveAndTheProposalStandsForAnother() {
        DiscrepancyCase c = Start.RESOLUTION_PROPOSED.make();

        assertThat(c.approveResolution(MAKER, BEFORE_DEADLINE)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.message()).contains("cannot decide"));
        assertThat(c.state()).isEqualTo(CaseState.RESOLUTION_PROPOSED);

        assertThat(c.approveResolution(CHECKER, BEFORE_DEADLINE)).isInstanceOf(Done.class);
        Resolution resolution = c.resolution().orElseThrow();
        assertThat(resolution.proposedBy()).contains(MAKER);
        assertThat(resolution.approvedBy()).contains(CHECKER);
        assertThat(resolution.evidence()).isEqualTo("bank reply 2026-11-21");
    }

    @Test
    void aRefusedProposalLeavesTheCaseOpenForABetterOneWithTheReasonInTheEvent() {
        DiscrepancyCase c = Start.RESOLUTION_PROPOSED.make();

        Done done = (Done) c.refuseResolution(CHECKER, "the reply does not cover the fee", BEFORE_DEADLINE);

        assertThat(done.events()).singleElement().isEqualTo(
                new CaseEvent.ResolutionRefused(c.id(), CHECKER, MAKER, "the reply does not cover the fee", BEFORE_DEADLINE));
        assertThat(c.proposal()).isEmpty();
        assertThat(c.proposeResolution(MAKER, "refund and charge the fee", "bank reply and fee schedule", BEFORE_DEADLINE))
                .isInstanceOf(Done.class);
    }

    @Test
    void anUnknownOutcomeSettledByAStatementLineIsRecordedResolvedWithTheLineAsEvidence() {
        UUID line = UUID.randomUUID();
        CaseFacts facts = new CaseFacts(ENTERPRISE, DiscrepancyType.UNKNOWN_OUTCOME_RESOLVED, "CN0001", Currency.getInstance("CNY"),
                new BigDecimal("99.00"), List.of(line), List.of(UUID.randomUUID()), LocalDate.parse("2026-11-19"), "");

        DiscrepancyCase c = DiscrepancyCase.resolvedAutomatically(UUID.randomUUID(), facts, "the bank booked it", OPENED);

        assertThat(c.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.resolved().automatic()).isTrue();
        assertThat(c.resolution().orElseThrow().evidence()).isEqualTo("statement line " + line);
        assertThatThrownBy(() -> DiscrepancyCase.resolvedAutomatically(UUID.randomUUID(), facts(DiscrepancyType.FEE), "x", OPENED))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("type");
    }

    @Test
    void anActWithoutItsWordsIsRefusedNamingTheField() {
        DiscrepancyCase c = Start.OPEN.make();

        assertThatThrownBy(() -> c.proposeResolution(MAKER, "write off", " ", BEFORE_DEADLINE))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> c.logBankReply(OWNER, "", List.of(), BEFORE_DEADLINE))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void theSameLinesAndTransfersInAnotherOrderAreTheSameCaseButAnotherTypeIsNot() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID t = UUID.randomUUID();
        CaseFacts one = new CaseFacts(ENTERPRISE, DiscrepancyType.DUPLICATE_DEBIT, "CN0001", Currency.getInstance("CNY"), BigDecimal.TEN,
                List.of(a, b), List.of(t), LocalDate.parse("2026-11-19"), "first");
        CaseFacts reordered = new CaseFacts(ENTERPRISE, DiscrepancyType.DUPLICATE_DEBIT, "CN0001", Currency.getInstance("CNY"),
                BigDecimal.TEN, List.of(b, a), List.of(t), LocalDate.parse("2026-11-19"), "second wording");
        CaseFacts otherType = new CaseFacts(ENTERPRISE, DiscrepancyType.AMOUNT_MISMATCH, "CN0001", Currency.getInstance("CNY"),
                BigDecimal.TEN, List.of(a, b), List.of(t), LocalDate.parse("2026-11-19"), "first");

        assertThat(reordered.identityKey()).isEqualTo(one.identityKey());
        assertThat(otherType.identityKey()).isNotEqualTo(one.identityKey());
        assertThatThrownBy(() -> new CaseFacts(ENTERPRISE, DiscrepancyType.FEE, "CN0001", Currency.getInstance("CNY"), BigDecimal.ONE,
                List.of(), List.of(), LocalDate.parse("2026-11-19"), "")).isInstanceOf(InvalidCaseException.class);
    }
}
