package com.fundguard.approval.transfer.application;

import java.util.UUID;

/** Checks a confirmation proof's signature, type, audience and lifetime; says what it proves. */
public interface ConfirmationVerifier {

    /** What a valid proof says: who confirmed which challenge in which enterprise. */
    record VerifiedConfirmation(UUID userId, UUID enterpriseId, String challenge) {
    }

    /** @throws com.fundguard.approval.transfer.domain.DecisionRefused CONFIRMATION_INVALID for anything else */
    VerifiedConfirmation verify(String proof);
}
