package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.DecisionRefused;
import com.fundguard.approval.transfer.domain.DecisionRefused.Reason;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * PSD2-style dynamic linking for decisions: above the enterprise's threshold (or a default when it set none), a
 * decision carries identity-service's proof that this decider passed a second factor over this request's challenge.
 * The challenge is recomputed from the request as it is now, so a proof for another amount, payee, step or transfer,
 * or for content changed after the proof, is refused. A proof presented below the threshold is checked all the same.
 */
public class ContentBoundConfirmation {

    private final ConfirmationVerifier verifier;
    private final ConfirmationThresholds thresholds;
    private final BigDecimal defaultThreshold;

    public ContentBoundConfirmation(ConfirmationVerifier verifier, ConfirmationThresholds thresholds, BigDecimal defaultThreshold) {
        this.verifier = verifier;
        this.thresholds = thresholds;
        this.defaultThreshold = defaultThreshold;
    }

    /** The checked proof to keep with the decision, empty when none was needed or given; or a refusal. */
    public Optional<String> check(TransferRequest request, UUID deciderId, Optional<String> proof) {
        if (!request.awaitingDecision()) {
            return Optional.empty();
        }
        if (proof.isEmpty()) {
            if (required(request)) {
                throw new DecisionRefused(Reason.CONFIRMATION_REQUIRED,
                        "above the enterprise's threshold a decision is confirmed with a second factor over the transfer's content");
            }
            return Optional.empty();
        }
        ConfirmationVerifier.VerifiedConfirmation confirmation = verifier.verify(proof.get());
        if (!confirmation.userId().equals(deciderId) || !confirmation.enterpriseId().equals(request.enterpriseId())) {
            throw new DecisionRefused(Reason.CONFIRMATION_MISMATCH, "the confirmation is another person's");
        }
        if (!confirmation.challenge().equals(TransferContent.confirmationChallenge(request))) {
            throw new DecisionRefused(Reason.CONFIRMATION_MISMATCH,
                    "the confirmation is for other content than this transfer as it is now (amount, payee, step or transfer)");
        }
        return proof;
    }

    public boolean required(TransferRequest request) {
        var amount = request.details().amount();
        BigDecimal threshold = thresholds.threshold(request.enterpriseId(), amount.currency()).orElse(defaultThreshold);
        return amount.amount().compareTo(threshold) > 0;
    }
}
