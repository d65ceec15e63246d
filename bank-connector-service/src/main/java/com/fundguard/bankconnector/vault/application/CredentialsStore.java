package com.fundguard.bankconnector.vault.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface CredentialsStore {

    /** Sets or replaces the account's credentials; the revision goes up by one. */
    StoredCredentials put(UUID enterpriseId, String accountNumber, String envelope, UUID setBy, Instant setAt);

    Optional<StoredCredentials> find(UUID enterpriseId, String accountNumber);

    void recordRelease(StoredCredentials released, UUID transferId, UUID claimId, String agentId, Instant at);

    long releases(UUID enterpriseId, String accountNumber);
}
