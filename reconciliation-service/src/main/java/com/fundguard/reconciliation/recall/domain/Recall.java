package com.fundguard.reconciliation.recall.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A recall (回滚) of an executed transfer: the enterprise's authorizer asks the payer's bank to cancel it, and the bank
 * answers. One per transfer. It is sent as soon as it is requested; while the bank has not given a final answer (no
 * answer at all, or "pending") the same request is sent again at {@code nextAttemptAt} — the same request, naming the
 * same order, which the bank answers as it answered the first and reverses at most once. A final answer (accepted with
 * the reversal's reference, or rejected with the bank's reason) never changes.
 */
public final class Recall {

    /** Everything a recall holds, for storing and restoring it. */
    public record Snapshot(UUID id, UUID enterpriseId, UUID transferId, String idempotencyKey, String endToEndId, String payerAccount,
                           String bankCode, String holderName, BigDecimal amount, Currency currency, RecallReason reason, UUID requestedBy,
                           Instant requestedAt, RecallState state, Optional<String> answerReason, Optional<String> reversalReference,
                           Optional<Instant> answeredAt, int attempts, Optional<String> lastError, Optional<Instant> nextAttemptAt,
                           int version) {
    }

    /** The bank the payer account is held at, as reconciliation is configured to reach it. */
    public record PayerBank(String bankCode, String holderName) {
        public PayerBank {
            Objects.requireNonNull(bankCode);
            Objects.requireNonNull(holderName);
        }
    }

    /** What asking for a recall gives: a recall to send, with its event, or why there is none. */
    public sealed interface RequestOutcome {
    }

    public record Requested(Recall recall, RecallEvent.RecallRequested event) implements RequestOutcome {
    }

    public record Refused(RecallRefusal refusal) implements RequestOutcome {
    }

    private final UUID id;
    private final UUID enterpriseId;
    private final UUID transferId;
    private final String idempotencyKey;
    private final String endToEndId;
    private final String payerAccount;
    private final String bankCode;
    private final String holderName;
    private final BigDecimal amount;
    private final Currency currency;
    private final RecallReason reason;
    private final UUID requestedBy;
    private final Instant requestedAt;
    private final int version;
    private RecallState state;
    private Optional<String> answerReason;
    private Optional<String> reversalReference;
    private Optional<Instant> answeredAt;
    private int attempts;
    private Optional<String> lastError;
    private Optional<Instant> nextAttemptAt;

    private Recall(Snapshot s) {
        this.id = Objects.requireNonNull(s.id());
        this.enterpriseId = Objects.requireNonNull(s.enterpriseId());
        this.transferId = Objects.requireNonNull(s.transferId());
        this.idempotencyKey = Objects.requireNonNull(s.idempotencyKey());
        this.endToEndId = Objects.requireNonNull(s.endToEndId());
        this.payerAccount = Objects.requireNonNull(s.payerAccount());
        this.bankCode = Objects.requireNonNull(s.bankCode());
        this.holderName = Objects.requireNonNull(s.holderName());
        this.amount = Objects.requireNonNull(s.amount());
        this.currency = Objects.requireNonNull(s.currency());
        this.reason = Objects.requireNonNull(s.reason());
        this.requestedBy = Objects.requireNonNull(s.requestedBy());
        this.requestedAt = Objects.requireNonNull(s.requestedAt());
        this.state = Objects.requireNonNull(s.state());
        this.answerReason = Objects.requireNonNull(s.answerReason());
        this.reversalReference = Objects.requireNonNull(s.reversalReference());
        this.answeredAt = Objects.requireNonNull(s.answeredAt());
        this.attempts = s.attempts();
        this.lastError = Objects.requireNonNull(s.lastError());
        this.nextAttemptAt = Objects.requireNonNull(s.nextAttemptAt());
        this.version = s.version();
    }

    public static Recall restore(Snapshot snapshot) {
        return new Recall(snapshot);
    }

    /**
     * The authorizer {@code requestedBy} asks for the recall of {@code transfer}: allowed by {@code window}, it becomes a
     * REQUESTED recall to send now; {@code followUp} later it is sent again unless the bank has answered by then.
     */
    public static RequestOutcome request(UUID id, RecalledTransfer transfer, PayerBank bank, RecallReason reason, UUID requestedBy,
                                         String idempotencyKey, RecallWindow window, Instant now, Duration followUp) {
        Optional<RecallRefusal> refusal = window.check(transfer, now);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        Recall recall = new Recall(new Snapshot(id, transfer.enterpriseId(), transfer.transferId(), idempotencyKey, transfer.endToEndId(),
                transfer.payerAccount(), bank.bankCode(), bank.holderName(), transfer.amount(), transfer.currency(), reason, requestedBy, now,
                RecallState.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(),
                Optional.of(now.plus(followUp)), 0));
        return new Requested(recall, new RecallEvent.RecallRequested(id, transfer.enterpriseId(), transfer.transferId(), transfer.endToEndId(),
                transfer.payerAccount(), transfer.amount(), transfer.currency(), reason, requestedBy, now));
    }

    /** The bank reversed the booking (ACCR): final. */
    public List<RecallEvent> acceptedByBank(String reversal, Instant at) {
        requireOpen("accepted");
        attempts++;
        state = RecallState.ACCEPTED;
        reversalReference = Optional.of(Objects.requireNonNull(reversal));
        answeredAt = Optional.of(at);
        lastError = Optional.empty();
        nextAttemptAt = Optional.empty();
        return List.of(answered());
    }

    /** The bank will not cancel (RJCR and its reason: AGNT past its cut-off, NOOR no such booked order...): final. */
    public List<RecallEvent> rejectedByBank(String reasonCode, Instant at) {
        requireOpen("rejected");
        attempts++;
        state = RecallState.REJECTED;
        answerReason = Optional.of(Objects.requireNonNull(reasonCode));
        answeredAt = Optional.of(at);
        lastError = Optional.empty();
        nextAttemptAt = Optional.empty();
        return List.of(answered());
    }

    /** The bank has the request and has not decided (PDCR): ask again at {@code askAgainAt}. */
    public List<RecallEvent> pendingAtBank(Instant at, Instant askAgainAt) {
        requireOpen("pending at the bank");
        attempts++;
        state = RecallState.PENDING;
        lastError = Optional.empty();
        nextAttemptAt = Optional.of(askAgainAt);
        return List.of();
    }

    /**
     * No answer (timeout, no connection, an answer that cannot be read): the request may or may not have reached the
     * bank, so the recall stays where it was and the same request goes again at {@code tryAgainAt}.
     */
    public List<RecallEvent> unansweredByBank(String why, Instant at, Instant tryAgainAt) {
        requireOpen("left unanswered");
        attempts++;
        lastError = Optional.of(Objects.requireNonNull(why));
        nextAttemptAt = Optional.of(tryAgainAt);
        return List.of();
    }

    private void requireOpen(String act) {
        if (state.isFinal()) {
            throw new IllegalRecallTransitionException(state, act);
        }
    }

    private RecallEvent.RecallAnswered answered() {
        return new RecallEvent.RecallAnswered(id, enterpriseId, transferId, state, answerReason, reversalReference, answeredAt.orElseThrow());
    }

    public Snapshot snapshot() {
        return new Snapshot(id, enterpriseId, transferId, idempotencyKey, endToEndId, payerAccount, bankCode, holderName, amount, currency,
                reason, requestedBy, requestedAt, state, answerReason, reversalReference, answeredAt, attempts, lastError, nextAttemptAt, version);
    }

    public UUID id() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public UUID transferId() {
        return transferId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public RecallState state() {
        return state;
    }

    public int version() {
        return version;
    }
}
