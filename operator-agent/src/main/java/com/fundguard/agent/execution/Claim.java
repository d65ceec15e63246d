package com.fundguard.agent.execution;

import java.time.Instant;
import java.util.UUID;

/** A transfer this agent holds for a lease: the claim's id names it in every later call. */
public record Claim(UUID claimId, int attempt, Instant leaseExpiresAt, ClaimedOrder order) {
}
