package com.fundguard.identity.secondfactor.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * What a decider confirms (PSD2 dynamic linking): the transfer, the step they decide, the amount and the payee
 * account as shown to them, and the transfer's canonical content hash. The challenge a second factor is bound to is
 * the hash of exactly this, computed by approval-service from the transfer as it is; identity-service shows amount
 * and payee in the SMS and signs the challenge, and approval-service compares the challenge with the transfer now.
 */
public record ConfirmationRequest(UUID transferId, int step, BigDecimal amount, Currency currency, String payeeAccount,
                                  String contentHash) {

    public ConfirmationRequest {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(payeeAccount, "payeeAccount");
        Objects.requireNonNull(contentHash, "contentHash");
        if (step < 0) {
            throw new IllegalArgumentException("step is 0 or more");
        }
    }
}
