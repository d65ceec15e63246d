package com.fundguard.bankconnector.execution.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What an execution's acts cause; the published ones become events, the others audit records. */
public sealed interface ExecutionEvent {

    UUID transferId();

    Instant at();

    record Claimed(UUID transferId, UUID claimId, String agentId, int attempt, Instant leaseExpiresAt, Instant at) implements ExecutionEvent {
    }

    /** Credentials were released for the claim (audited, never published with anything secret). */
    record CredentialsReleased(UUID transferId, UUID claimId, String agentId, Instant at) implements ExecutionEvent {
    }

    record Executed(UUID transferId, String bankReference, int attempt, boolean byInquiry, Instant at) implements ExecutionEvent {
    }

    record Failed(UUID transferId, String reasonCode, int attempt, boolean byInquiry, Instant at) implements ExecutionEvent {
    }

    /** Why: the agent's report, a lost lease, an abandoned claim. The inquiry is due at {@code inquiryDueAt}. */
    record OutcomeUnknown(UUID transferId, String why, int attempt, Instant inquiryDueAt, Instant at) implements ExecutionEvent {
    }

    /** Back in the queue: nothing left the agent, or the bank confirmed it has no such order. */
    record Requeued(UUID transferId, String why, int nextAttempt, Optional<Instant> notBefore, Instant at) implements ExecutionEvent {
    }
}
