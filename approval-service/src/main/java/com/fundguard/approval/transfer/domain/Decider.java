package com.fundguard.approval.transfer.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person about to decide, with the roles they hold at this moment (looked up at decision time, not read from a
 * token issued earlier: a revoked role must stop decisions at once).
 *
 * @param client which client the decision comes from (web portal, owner mobile app, ...), kept as evidence
 * @param secondFactorProof the content-bound proof the decider presented, already checked against the request
 */
public record Decider(UUID userId, Set<ApproverRole> currentRoles, String client, java.util.Optional<String> secondFactorProof) {

    public Decider {
        Objects.requireNonNull(userId);
        currentRoles = Set.copyOf(currentRoles);
        Objects.requireNonNull(client);
        Objects.requireNonNull(secondFactorProof);
    }

    /** A decider below the confirmation threshold, who presented no second-factor proof. */
    public Decider(UUID userId, Set<ApproverRole> currentRoles, String client) {
        this(userId, currentRoles, client, java.util.Optional.empty());
    }
}
