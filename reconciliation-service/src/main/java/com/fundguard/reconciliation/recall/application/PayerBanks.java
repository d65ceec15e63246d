package com.fundguard.reconciliation.recall.application;

import com.fundguard.reconciliation.recall.domain.Recall;
import java.util.Optional;
import java.util.UUID;

/** Which bank holds an enterprise's payer account, and under which name, so a recall can be sent there. */
public interface PayerBanks {

    Optional<Recall.PayerBank> of(UUID enterpriseId, String payerAccount);
}
