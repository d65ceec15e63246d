package com.fundguard.reconciliation.recall.application;

import com.fundguard.reconciliation.recall.domain.Recall;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Recalls {

    /** Adds a new recall; a second recall of the same transfer violates a key (DuplicateKeyException). */
    void add(Recall recall);

    Optional<Recall> findByTransfer(UUID enterpriseId, UUID transferId);

    /** Stores the recall's new state if nobody changed it since it was read; false otherwise (nothing written). */
    boolean update(Recall recall);

    /** Recalls without a final answer whose next attempt is due at {@code now}, the longest waiting first. */
    List<Recall> due(Instant now, int limit);
}
