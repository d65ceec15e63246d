package com.fundguard.bankconnector.vault.application;

import java.time.Instant;
import java.util.UUID;

/** A payer account's sealed credentials as kept: the envelope (never the plaintext) and who set which revision when. */
public record StoredCredentials(UUID enterpriseId, String accountNumber, String envelope, UUID setBy, Instant setAt, int revision) {

    @Override
    public String toString() {
        return "StoredCredentials[" + enterpriseId + "/" + accountNumber + " revision " + revision + "]";
    }
}
