package com.fundguard.bankconnector.execution.domain;

import com.fundguard.bankconnector.execution.domain.ExecutionRefused.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One transfer's way through the bank: queued, claimed by an agent under a lease, sent, and ended by the bank's
 * answer. The rule it keeps: an order that may have left is never offered again until the bank confirms it has no
 * such order; every attempt carries the same end-to-end id.
 */
public final class Execution {

    /** The claim an agent holds: who, which attempt, until when. */
    public record Claim(UUID claimId, String agentId, Instant leaseExpiresAt) {
        public Claim {
            Objects.requireNonNull(claimId);
            Objects.requireNonNull(agentId);
            Objects.requireNonNull(leaseExpiresAt);
        }
    }

    /** The execution after an act and what the act caused (empty when it repeated one already done). */
    public record Changed(Execution execution, List<ExecutionEvent> events) {
        public Changed {
            events = List.copyOf(events);
        }
    }

    private final ExecutionOrder order;
    private final ExecutionState state;
    private final int attempt;
    private final Optional<Claim> claim;
    private final Instant notBefore;
    private final Optional<Instant> nextInquiryAt;
    private final int unansweredInquiries;
    private final int notSentAttempts;
    private final Optional<String> bankReference;
    private final Optional<String> reasonCode;
    private final Optional<AgentReport> reported;
    private final long version;

    private Execution(ExecutionOrder order, ExecutionState state, int attempt, Optional<Claim> claim, Instant notBefore,
                      Optional<Instant> nextInquiryAt, int unansweredInquiries, int notSentAttempts, Optional<String> bankReference,
                      Optional<String> reasonCode, Optional<AgentReport> reported, long version) {
        this.order = Objects.requireNonNull(order);
        this.state = Objects.requireNonNull(state);
        this.attempt = attempt;
        this.claim = Objects.requireNonNull(claim);
        this.notBefore = Objects.requireNonNull(notBefore);
        this.nextInquiryAt = Objects.requireNonNull(nextInquiryAt);
        this.unansweredInquiries = unansweredInquiries;
        this.notSentAttempts = notSentAttempts;
        this.bankReference = Objects.requireNonNull(bankReference);
        this.reasonCode = Objects.requireNonNull(reasonCode);
        this.reported = Objects.requireNonNull(reported);
        this.version = version;
    }

    /** An authorized transfer enters the queue: attempt 1, claimable at once. */
    public static Execution queue(ExecutionOrder order, Instant now) {
        return new Execution(order, ExecutionState.QUEUED, 1, Optional.empty(), now, Optional.empty(), 0, 0,
                Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * An authorized transfer that cannot be executed at all (its payer account is not registered here): failed at
     * once, so the people waiting for it learn it, rather than left authorized for ever.
     */
    public static Changed unexecutable(ExecutionOrder order, String reasonCode, Instant now) {
        Execution failed = new Execution(order, ExecutionState.FAILED, 1, Optional.empty(), now, Optional.empty(), 0, 0,
                Optional.empty(), Optional.of(reasonCode), Optional.empty(), 0);
        return new Changed(failed, List.of(new ExecutionEvent.Failed(order.transferId(), reasonCode, 1, false, now)));
    }

    public static Execution restore(ExecutionOrder order, ExecutionState state, int attempt, Optional<Claim> claim, Instant notBefore,
                                    Optional<Instant> nextInquiryAt, int unansweredInquiries, int notSentAttempts,
                                    Optional<String> bankReference, Optional<String> reasonCode, Optional<AgentReport> reported,
                                    long version) {
        return new Execution(order, state, attempt, claim, notBefore, nextInquiryAt, unansweredInquiries, notSentAttempts,
                bankReference, reasonCode, reported, version);
    }

    /** An agent of the transfer's enterprise takes it for one attempt under a lease. */
    public Changed claim(String agentId, UUID claimId, ExecutionPolicy policy, Instant now) {
        if (state != ExecutionState.QUEUED || now.isBefore(notBefore)) {
            throw new ExecutionRefused(Reason.NOT_QUEUED, "the transfer is " + state + (state == ExecutionState.QUEUED ? " but not due yet" : "") + ", not claimable");
        }
        Claim taken = new Claim(claimId, agentId, now.plus(policy.lease()));
        return new Changed(with(ExecutionState.CLAIMED, attempt, Optional.of(taken), notBefore, Optional.empty(), unansweredInquiries,
                notSentAttempts, Optional.empty()),
                List.of(new ExecutionEvent.Claimed(order.transferId(), claimId, agentId, attempt, taken.leaseExpiresAt(), now)));
    }

    /** The holder keeps its claim alive. */
    public Changed heartbeat(UUID claimId, String agentId, ExecutionPolicy policy, Instant now) {
        Claim held = liveClaim(claimId, agentId, now);
        if (state != ExecutionState.CLAIMED && state != ExecutionState.SENDING) {
            throw new ExecutionRefused(Reason.LEASE_LOST, "the attempt is " + state + "; nothing to keep alive");
        }
        Claim extended = new Claim(held.claimId(), held.agentId(), now.plus(policy.lease()));
        return new Changed(with(state, attempt, Optional.of(extended), notBefore, nextInquiryAt, unansweredInquiries, notSentAttempts, reported),
                List.of());
    }

    /** The holder receives the account's credentials: only before the order is declared sending, only on a live lease. */
    public Changed releaseCredentials(UUID claimId, String agentId, Instant now) {
        liveClaim(claimId, agentId, now);
        if (state != ExecutionState.CLAIMED) {
            throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "credentials are released before sending only; the attempt is " + state);
        }
        return new Changed(this, List.of(new ExecutionEvent.CredentialsReleased(order.transferId(), claimId, agentId, now)));
    }

    /** The holder declares the order leaves now. Repeating it is harmless (its answer may have been lost). */
    public Changed startSending(UUID claimId, String agentId, Instant now) {
        liveClaim(claimId, agentId, now);
        if (state == ExecutionState.SENDING) {
            return new Changed(this, List.of());
        }
        if (state != ExecutionState.CLAIMED) {
            throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "the attempt is " + state + "; it cannot start sending");
        }
        return new Changed(with(ExecutionState.SENDING, attempt, claim, notBefore, Optional.empty(), unansweredInquiries, notSentAttempts,
                Optional.empty()), List.of());
    }

    /**
     * The holder reports its attempt. The lease need not be live (an answer that comes late is still the bank's
     * answer), but the claim must be the current one. The same report twice changes nothing; another is refused.
     */
    public Changed report(UUID claimId, String agentId, AgentReport report, ExecutionPolicy policy, Instant now) {
        Claim held = currentClaim(claimId, agentId);
        if (reported.isPresent()) {
            if (reported.get().equals(report)) {
                return new Changed(this, List.of());
            }
            // A late answer from the bank may still settle an outcome the agent itself had called unknown.
            if (!(state == ExecutionState.OUTCOME_UNKNOWN && (report.outcome() == AgentReport.Outcome.EXECUTED
                    || report.outcome() == AgentReport.Outcome.FAILED))) {
                throw new ExecutionRefused(Reason.ALREADY_REPORTED, "this attempt was reported " + reported.get().outcome());
            }
        }
        return switch (state) {
            case CLAIMED -> reportBeforeSending(held, report, policy, now);
            case SENDING, OUTCOME_UNKNOWN -> reportAfterSending(report, policy, now);
            default -> throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "the attempt is " + state + "; nothing to report");
        };
    }

    private Changed reportBeforeSending(Claim held, AgentReport report, ExecutionPolicy policy, Instant now) {
        return switch (report.outcome()) {
            case NOT_SENT -> {
                int notSent = notSentAttempts + 1;
                if (notSent >= policy.maxNotSentAttempts()) {
                    String reason = "NOT_SENT:" + report.reasonCode().orElseThrow();
                    yield new Changed(ended(ExecutionState.FAILED, Optional.empty(), Optional.of(reason), notSent, report),
                            List.of(new ExecutionEvent.Failed(order.transferId(), reason, attempt, false, now)));
                }
                Instant due = now.plus(policy.notSentBackoff());
                yield new Changed(with(ExecutionState.QUEUED, attempt + 1, Optional.empty(), due, Optional.empty(), 0, notSent, Optional.empty()),
                        List.of(new ExecutionEvent.Requeued(order.transferId(), "not sent: " + report.reasonCode().orElseThrow(), attempt + 1,
                                Optional.of(due), now)));
            }
            case CONTENT_MISMATCH -> new Changed(ended(ExecutionState.FAILED, Optional.empty(), Optional.of("CONTENT_MISMATCH"), notSentAttempts, report),
                    List.of(new ExecutionEvent.Failed(order.transferId(), "CONTENT_MISMATCH", attempt, false, now)));
            default -> throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE,
                    "an order is declared sending before it is sent; " + report.outcome() + " cannot come first (claim " + held.claimId() + ")");
        };
    }

    private Changed reportAfterSending(AgentReport report, ExecutionPolicy policy, Instant now) {
        return switch (report.outcome()) {
            case EXECUTED -> new Changed(ended(ExecutionState.EXECUTED, report.bankReference(), Optional.empty(), notSentAttempts, report),
                    List.of(new ExecutionEvent.Executed(order.transferId(), report.bankReference().orElseThrow(), attempt, false, now)));
            case FAILED -> new Changed(ended(ExecutionState.FAILED, Optional.empty(), report.reasonCode(), notSentAttempts, report),
                    List.of(new ExecutionEvent.Failed(order.transferId(), report.reasonCode().orElseThrow(), attempt, false, now)));
            case OUTCOME_UNKNOWN, DUPLICATE_AT_BANK, NOT_SENT -> {
                // After "sending", even "not sent" is the agent's belief only: the bank decides, by inquiry.
                if (state == ExecutionState.OUTCOME_UNKNOWN) {
                    yield new Changed(with(state, attempt, claim, notBefore, nextInquiryAt, unansweredInquiries, notSentAttempts, Optional.of(report)),
                            List.of());
                }
                yield unknown("agent reported " + report.outcome(), policy, now, Optional.of(report));
            }
            case CONTENT_MISMATCH -> throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE,
                    "a content mismatch is found before sending, not after");
        };
    }

    /** The holder hands its claim back (it restarted with the claim in its journal): the bank is asked before anything else. */
    public Changed abandon(UUID claimId, String agentId, ExecutionPolicy policy, Instant now) {
        currentClaim(claimId, agentId);
        if (state == ExecutionState.OUTCOME_UNKNOWN || state.isFinal()) {
            return new Changed(this, List.of());
        }
        if (state != ExecutionState.CLAIMED && state != ExecutionState.SENDING) {
            throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "the attempt is " + state);
        }
        return unknown("claim abandoned by its agent", policy, now, Optional.empty());
    }

    /** Whether a lease ran out unreported. */
    public boolean leaseExpired(Instant now) {
        return (state == ExecutionState.CLAIMED || state == ExecutionState.SENDING)
                && claim.map(c -> !now.isBefore(c.leaseExpiresAt())).orElse(false);
    }

    /** A lease ran out: whatever the agent did is unknown until the bank is asked. */
    public Changed expireLease(ExecutionPolicy policy, Instant now) {
        if (!leaseExpired(now)) {
            throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "the lease has not expired");
        }
        return unknown("lease expired", policy, now, Optional.empty());
    }

    public boolean inquiryDue(Instant now) {
        return state == ExecutionState.OUTCOME_UNKNOWN && nextInquiryAt.map(at -> !now.isBefore(at)).orElse(false);
    }

    /** The bank's answer to the status inquiry decides the unknown outcome. */
    public Changed inquired(InquiryAnswer answer, ExecutionPolicy policy, Instant now) {
        if (state != ExecutionState.OUTCOME_UNKNOWN) {
            throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "only an unknown outcome is inquired; the attempt is " + state);
        }
        return switch (answer) {
            case InquiryAnswer.Booked booked -> new Changed(ended(ExecutionState.EXECUTED, Optional.of(booked.bankReference()), Optional.empty(),
                    notSentAttempts, reported.orElse(null)),
                    List.of(new ExecutionEvent.Executed(order.transferId(), booked.bankReference(), attempt, true, now)));
            case InquiryAnswer.Rejected rejected -> new Changed(ended(ExecutionState.FAILED, Optional.empty(), Optional.of(rejected.reasonCode()),
                    notSentAttempts, reported.orElse(null)),
                    List.of(new ExecutionEvent.Failed(order.transferId(), rejected.reasonCode(), attempt, true, now)));
            case InquiryAnswer.NoSuchOrder none -> new Changed(with(ExecutionState.QUEUED, attempt + 1, Optional.empty(), now, Optional.empty(), 0,
                    notSentAttempts, Optional.empty()),
                    List.of(new ExecutionEvent.Requeued(order.transferId(), "the bank has no such order", attempt + 1, Optional.empty(), now)));
            case InquiryAnswer.Pending pending -> askAgainLater(policy, now);
            case InquiryAnswer.Unanswered unanswered -> askAgainLater(policy, now);
        };
    }

    /**
     * The enterprise's bank statement shows the order booked (reconciliation matched a line to it). The statement is
     * the bank's own record, so whatever this execution still waited for - an inquiry, a lease, even a resend after the
     * bank said it had no such order - it must never be sent again: it is EXECUTED. Already EXECUTED: no news. FAILED
     * is refused: a booking of a payment the bank rejected is a discrepancy for people to resolve, not a state change.
     */
    public Changed settledOnStatement(String bankReference, Instant now) {
        if (state == ExecutionState.EXECUTED) {
            return new Changed(this, List.of());
        }
        if (state == ExecutionState.FAILED) {
            throw new ExecutionRefused(Reason.NOT_ALLOWED_IN_STATE, "the attempt FAILED but the statement shows it booked: a discrepancy case, not a state change");
        }
        return new Changed(ended(ExecutionState.EXECUTED, Optional.of(bankReference), Optional.empty(), notSentAttempts, reported.orElse(null)),
                List.of(new ExecutionEvent.Executed(order.transferId(), bankReference, attempt, true, now)));
    }

    private Changed askAgainLater(ExecutionPolicy policy, Instant now) {
        int unanswered = unansweredInquiries + 1;
        return new Changed(with(state, attempt, claim, notBefore, Optional.of(now.plus(policy.backoffAfter(unanswered))), unanswered,
                notSentAttempts, reported), List.of());
    }

    private Changed unknown(String why, ExecutionPolicy policy, Instant now, Optional<AgentReport> report) {
        Instant due = now.plus(policy.inquiryDelay());
        return new Changed(with(ExecutionState.OUTCOME_UNKNOWN, attempt, claim, notBefore, Optional.of(due), 0, notSentAttempts,
                report.isPresent() ? report : reported),
                List.of(new ExecutionEvent.OutcomeUnknown(order.transferId(), why, attempt, due, now)));
    }

    private Claim currentClaim(UUID claimId, String agentId) {
        Claim held = claim.filter(c -> c.claimId().equals(claimId))
                .orElseThrow(() -> new ExecutionRefused(Reason.NOT_YOUR_CLAIM, "claim " + claimId + " is not this transfer's current claim"));
        if (!held.agentId().equals(agentId)) {
            throw new ExecutionRefused(Reason.NOT_YOUR_CLAIM, "the claim is another agent's");
        }
        return held;
    }

    private Claim liveClaim(UUID claimId, String agentId, Instant now) {
        Claim held = currentClaim(claimId, agentId);
        if (!(state == ExecutionState.CLAIMED || state == ExecutionState.SENDING) || !now.isBefore(held.leaseExpiresAt())) {
            throw new ExecutionRefused(Reason.LEASE_LOST, "the lease of claim " + claimId + " has ended");
        }
        return held;
    }

    private Execution ended(ExecutionState end, Optional<String> reference, Optional<String> reason, int notSent, AgentReport report) {
        return new Execution(order, end, attempt, claim, notBefore, Optional.empty(), unansweredInquiries, notSent, reference, reason,
                Optional.ofNullable(report), version);
    }

    private Execution with(ExecutionState newState, int newAttempt, Optional<Claim> newClaim, Instant newNotBefore,
                           Optional<Instant> newInquiryAt, int unanswered, int notSent, Optional<AgentReport> newReported) {
        return new Execution(order, newState, newAttempt, newClaim, newNotBefore, newInquiryAt, unanswered, notSent, bankReference,
                reasonCode, newReported, version);
    }

    public ExecutionOrder order() { return order; }
    public UUID transferId() { return order.transferId(); }
    public UUID enterpriseId() { return order.enterpriseId(); }
    public ExecutionState state() { return state; }
    public int attempt() { return attempt; }
    public Optional<Claim> claim() { return claim; }
    public Instant notBefore() { return notBefore; }
    public Optional<Instant> nextInquiryAt() { return nextInquiryAt; }
    public int unansweredInquiries() { return unansweredInquiries; }
    public int notSentAttempts() { return notSentAttempts; }
    public Optional<String> bankReference() { return bankReference; }
    public Optional<String> reasonCode() { return reasonCode; }
    public Optional<AgentReport> reported() { return reported; }
    public long version() { return version; }
}
