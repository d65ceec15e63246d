package com.fundguard.approval.transfer.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to move money, from submission to AUTHORIZED (or REJECTED, CANCELLED, EXPIRED). Each act is one
 * method named after it, checks who may take it, and returns the new request with the events it causes, or
 * throws {@link DecisionRefused} naming why not. The request is immutable: an act returns a new one.
 *
 * @param contentHash the hash of the canonical content (amount, payee, accounts, purpose, date, vouchers, id): what
 *                    every decider approves, and what the bank will execute
 */
public final class TransferRequest {

    private final UUID id;
    private final UUID enterpriseId;
    private final TransferReference reference;
    private final UUID applicantId;
    private final TransferDetails details;
    private final String contentHash;
    private final Route route;
    private final TransferState state;
    private final int currentStep;
    private final List<Decision> decisions;
    private final Instant submittedAt;
    private final Optional<UUID> resubmissionOf;
    private final long version;

    private TransferRequest(UUID id, UUID enterpriseId, TransferReference reference, UUID applicantId,
                            TransferDetails details, String contentHash, Route route, TransferState state,
                            int currentStep, List<Decision> decisions, Instant submittedAt,
                            Optional<UUID> resubmissionOf, long version) {
        this.id = Objects.requireNonNull(id);
        this.enterpriseId = Objects.requireNonNull(enterpriseId);
        this.reference = Objects.requireNonNull(reference);
        this.applicantId = Objects.requireNonNull(applicantId);
        this.details = Objects.requireNonNull(details);
        this.contentHash = Objects.requireNonNull(contentHash);
        this.route = Objects.requireNonNull(route);
        this.state = Objects.requireNonNull(state);
        this.currentStep = currentStep;
        this.decisions = List.copyOf(decisions);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.resubmissionOf = Objects.requireNonNull(resubmissionOf);
        this.version = version;
    }

    /** A new request and the events its submission causes. */
    public record Submitted(TransferRequest request, TransferSubmitted event, List<TransferEvent> followingEvents) {
    }

    /** An act's outcome: the request as it is now and what happened. */
    public record Changed(TransferRequest request, List<TransferEvent> events) {
    }

    /**
     * The applicant submits a request; it starts on the first step of its route (or is authorized at once if the
     * route has none). The requested execution date may not lie in the past.
     */
    public static Submitted submit(UUID id, UUID enterpriseId, TransferReference reference, UUID applicantId,
                                   TransferDetails details, String contentHash, Route route,
                                   Optional<UUID> resubmissionOf, Clock clock) {
        Instant now = now(clock);
        if (details.requestedExecutionDate().isBefore(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new InvalidTransferException("requestedExecutionDate", "lies in the past");
        }
        TransferState first = stateFor(route, 0);
        TransferRequest request = new TransferRequest(id, enterpriseId, reference, applicantId, details, contentHash,
                route, first, 0, List.of(), now, resubmissionOf, 0);
        List<TransferEvent> following = first == TransferState.AUTHORIZED
                ? List.of(new TransferEvent.Authorized(id, enterpriseId, route.decidedBy(), now))
                : List.of();
        return new Submitted(request, new TransferSubmitted(id, enterpriseId, reference, applicantId, details, now), following);
    }

    /** Rebuilds a stored request; no rule runs, no event is caused. */
    public static TransferRequest restore(UUID id, UUID enterpriseId, TransferReference reference, UUID applicantId,
                                          TransferDetails details, String contentHash, Route route, TransferState state,
                                          int currentStep, List<Decision> decisions, Instant submittedAt,
                                          Optional<UUID> resubmissionOf, long version) {
        return new TransferRequest(id, enterpriseId, reference, applicantId, details, contentHash, route, state,
                currentStep, decisions, submittedAt, resubmissionOf, version);
    }

    /**
     * The decider approves the current step. When the step's quorum of different people is complete, the request
     * moves to the next step, or is AUTHORIZED after the last.
     *
     * @param contentHashSeen the content hash of the request as the decider saw it
     */
    public Changed approve(Decider decider, String contentHashSeen, String opinion, Clock clock) {
        RouteStep step = checkDecider(decider, contentHashSeen);
        Instant now = now(clock);
        List<Decision> recorded = new ArrayList<>(decisions);
        recorded.add(new Decision(decider.userId(), currentStep, step.name(), Decision.Verdict.APPROVE, opinion,
                contentHashSeen, decider.client(), now, decider.secondFactorProof()));
        long approvals = recorded.stream().filter(d -> d.stepIndex() == currentStep && d.verdict() == Decision.Verdict.APPROVE).count();
        if (approvals < step.quorum()) {
            return new Changed(with(state, currentStep, recorded), List.of());
        }
        int next = currentStep + 1;
        TransferState nextState = stateFor(route, next);
        List<TransferEvent> events = new ArrayList<>();
        // The authorizer's approval that completes the route is the authorization itself: one event, not two.
        boolean authorizesByItself = nextState == TransferState.AUTHORIZED && step.role() == ApproverRole.AUTHORIZER;
        if (!authorizesByItself) {
            events.add(new TransferEvent.StepApproved(id, enterpriseId, step.name(), currentStep, nextState, now));
        }
        if (nextState == TransferState.AUTHORIZED) {
            events.add(new TransferEvent.Authorized(id, enterpriseId, route.decidedBy(), now));
        }
        return new Changed(with(nextState, next, recorded), events);
    }

    /** The decider rejects at the current step: the request ends as REJECTED with the reason. */
    public Changed reject(Decider decider, String contentHashSeen, String reason, Clock clock) {
        RouteStep step = checkDecider(decider, contentHashSeen);
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefused(DecisionRefused.Reason.REASON_REQUIRED, "a rejection states its reason");
        }
        Instant now = now(clock);
        List<Decision> recorded = new ArrayList<>(decisions);
        recorded.add(new Decision(decider.userId(), currentStep, step.name(), Decision.Verdict.REJECT, reason,
                contentHashSeen, decider.client(), now, decider.secondFactorProof()));
        return new Changed(with(TransferState.REJECTED, currentStep, recorded),
                List.of(new TransferEvent.Rejected(id, enterpriseId, step.name(), decider.userId(), reason.strip(), now)));
    }

    /** The applicant withdraws the request, only before anyone decided on it. */
    public Changed cancel(UUID by, Clock clock) {
        if (!awaitingDecision() || !decisions.isEmpty()) {
            throw new DecisionRefused(DecisionRefused.Reason.NOT_ALLOWED_IN_STATE,
                    "a request can be cancelled only while nobody has decided on it (it is " + state + ")");
        }
        if (!applicantId.equals(by)) {
            throw new DecisionRefused(DecisionRefused.Reason.NOT_THE_APPLICANT, "only the applicant can cancel a request");
        }
        return new Changed(with(TransferState.CANCELLED, currentStep, decisions),
                List.of(new TransferEvent.Cancelled(id, enterpriseId, by, now(clock))));
    }

    /** A request left undecided past its deadline expires; the money does not move. */
    public Changed expire(Duration deadline, Clock clock) {
        if (!awaitingDecision()) {
            throw new DecisionRefused(DecisionRefused.Reason.NOT_ALLOWED_IN_STATE, "a " + state + " request does not expire");
        }
        Instant now = now(clock);
        if (now.isBefore(submittedAt.plus(deadline))) {
            throw new DecisionRefused(DecisionRefused.Reason.NOT_YET_DUE, "the request is within its deadline");
        }
        return new Changed(with(TransferState.EXPIRED, currentStep, decisions),
                List.of(new TransferEvent.Expired(id, enterpriseId, state, now)));
    }

    // The bank's side, reported by execution and reconciliation (no person acts here; the events are the evidence).

    /**
     * An operator agent claimed the request for execution: first after authorization, again after an order that never
     * left went back to the queue (already EXECUTING), or after the bank confirmed it had no such order for a request
     * whose outcome was unknown.
     */
    public Changed startExecution() {
        return system(java.util.Set.of(TransferState.AUTHORIZED, TransferState.EXECUTING, TransferState.OUTCOME_UNKNOWN),
                TransferState.EXECUTING, "claimed for execution");
    }

    /**
     * The bank confirmed the payment (also the answer to an inquiry after an unknown outcome). A request already
     * SETTLED stays so: the statement line that settled an unknown outcome reached us before the execution side's own
     * confirmation, which then says nothing new.
     */
    public Changed recordExecuted() {
        if (state == TransferState.SETTLED) {
            return new Changed(this, List.of());
        }
        return system(java.util.Set.of(TransferState.EXECUTING, TransferState.OUTCOME_UNKNOWN), TransferState.EXECUTED, "executed");
    }

    /**
     * The bank refused the payment (also the answer to an inquiry after an unknown outcome), or execution could not
     * even begin (the payer account is not registered for execution): then it fails straight from AUTHORIZED.
     */
    public Changed recordFailed() {
        return system(java.util.Set.of(TransferState.AUTHORIZED, TransferState.EXECUTING, TransferState.OUTCOME_UNKNOWN), TransferState.FAILED,
                "failed");
    }

    /** The order left and no answer came: it must be inquired, never sent again blindly. */
    public Changed recordOutcomeUnknown() {
        return system(java.util.Set.of(TransferState.EXECUTING, TransferState.OUTCOME_UNKNOWN), TransferState.OUTCOME_UNKNOWN,
                "of unknown outcome");
    }

    /** A bank statement line matched the payment; an unknown outcome is resolved by it too. */
    public Changed settle() {
        return system(java.util.Set.of(TransferState.EXECUTED, TransferState.OUTCOME_UNKNOWN), TransferState.SETTLED, "settled");
    }

    /** The bank returned the booked payment (a credit or reversal on the statement names it): the payee was not paid. */
    public Changed recordReturned() {
        return system(java.util.Set.of(TransferState.EXECUTED, TransferState.SETTLED), TransferState.RETURNED, "returned");
    }

    private Changed system(java.util.Set<TransferState> from, TransferState to, String what) {
        if (!from.contains(state)) {
            throw new DecisionRefused(DecisionRefused.Reason.NOT_ALLOWED_IN_STATE, "a " + state + " request cannot be " + what);
        }
        return new Changed(with(to, currentStep, decisions), List.of());
    }

    public boolean awaitingDecision() {
        return state == TransferState.PENDING_AUDIT || state == TransferState.PENDING_AUTHORIZATION;
    }

    /** The step waiting for decisions, if any. */
    public Optional<RouteStep> pendingStep() {
        return awaitingDecision() ? Optional.of(route.step(currentStep)) : Optional.empty();
    }

    private RouteStep checkDecider(Decider decider, String contentHashSeen) {
        if (!awaitingDecision()) {
            throw new DecisionRefused(DecisionRefused.Reason.NOT_ALLOWED_IN_STATE, "the request is " + state + ", not awaiting a decision");
        }
        if (decider.userId().equals(applicantId)) {
            throw new DecisionRefused(DecisionRefused.Reason.APPLICANT_CANNOT_DECIDE, "the applicant cannot decide on their own request");
        }
        if (decisions.stream().anyMatch(d -> d.deciderId().equals(decider.userId()))) {
            throw new DecisionRefused(DecisionRefused.Reason.ALREADY_DECIDED, "one person takes one step of a request, once");
        }
        RouteStep step = route.step(currentStep);
        if (!decider.currentRoles().contains(step.role())) {
            throw new DecisionRefused(DecisionRefused.Reason.LACKS_ROLE, "step " + step.name() + " needs the role " + step.role());
        }
        if (!contentHash.equals(contentHashSeen)) {
            throw new DecisionRefused(DecisionRefused.Reason.CONTENT_CHANGED, "the transfer is not the one the decider saw");
        }
        return step;
    }

    private TransferRequest with(TransferState newState, int newStep, List<Decision> newDecisions) {
        return new TransferRequest(id, enterpriseId, reference, applicantId, details, contentHash, route, newState,
                newStep, newDecisions, submittedAt, resubmissionOf, version);
    }

    private static TransferState stateFor(Route route, int stepIndex) {
        if (!route.hasStep(stepIndex)) {
            return TransferState.AUTHORIZED;
        }
        return route.step(stepIndex).role() == ApproverRole.AUDITOR ? TransferState.PENDING_AUDIT : TransferState.PENDING_AUTHORIZATION;
    }

    // Microseconds: what the ledger of record (PostgreSQL) keeps, so a stored request reads back equal.
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public TransferReference reference() {
        return reference;
    }

    public UUID applicantId() {
        return applicantId;
    }

    public TransferDetails details() {
        return details;
    }

    public String contentHash() {
        return contentHash;
    }

    public Route route() {
        return route;
    }

    public TransferState state() {
        return state;
    }

    public int currentStep() {
        return currentStep;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<UUID> resubmissionOf() {
        return resubmissionOf;
    }

    public long version() {
        return version;
    }
}
