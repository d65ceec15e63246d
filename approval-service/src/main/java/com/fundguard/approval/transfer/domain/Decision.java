package com.fundguard.approval.transfer.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One person's decision on one step, kept as evidence: who, when, from which client, with what opinion, and the
 * content hash of the transfer as they saw it.
 *
 * @param secondFactorProof the content-bound second-factor proof (identity issue); empty until then
 */
public record Decision(UUID deciderId, int stepIndex, String stepName, Verdict verdict, String opinion, String contentHash,
                       String client, Instant decidedAt, Optional<String> secondFactorProof) {

    public enum Verdict {
        APPROVE,
        REJECT
    }

    public Decision {
        Objects.requireNonNull(deciderId);
        Objects.requireNonNull(stepName);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(client);
        Objects.requireNonNull(decidedAt);
        Objects.requireNonNull(secondFactorProof);
        opinion = opinion == null ? "" : opinion.strip();
    }
}
