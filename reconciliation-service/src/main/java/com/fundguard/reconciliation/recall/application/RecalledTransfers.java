package com.fundguard.reconciliation.recall.application;

import com.fundguard.reconciliation.recall.domain.RecalledTransfer;
import java.util.Optional;
import java.util.UUID;

/** The transfers reconciliation knows were executed (or tried), by id within an enterprise. */
public interface RecalledTransfers {

    Optional<RecalledTransfer> find(UUID enterpriseId, UUID transferId);
}
