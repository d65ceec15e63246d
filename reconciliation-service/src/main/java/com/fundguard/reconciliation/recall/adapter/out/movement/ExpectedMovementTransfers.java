package com.fundguard.reconciliation.recall.adapter.out.movement;

import com.fundguard.reconciliation.movement.application.ExpectedMovements;
import com.fundguard.reconciliation.movement.domain.MovementStatus;
import com.fundguard.reconciliation.recall.application.RecalledTransfers;
import com.fundguard.reconciliation.recall.domain.RecalledTransfer;
import java.util.Optional;
import java.util.UUID;

/** The transfers a recall can be about: the expected movements bank-connector's execution reports made. */
public class ExpectedMovementTransfers implements RecalledTransfers {

    private final ExpectedMovements movements;

    public ExpectedMovementTransfers(ExpectedMovements movements) {
        this.movements = movements;
    }

    @Override
    public Optional<RecalledTransfer> find(UUID enterpriseId, UUID transferId) {
        return movements.find(enterpriseId, transferId).map(m -> new RecalledTransfer(m.enterpriseId(), m.transferId(), m.endToEndId(),
                m.payerAccount(), m.amount(), m.currency(), m.status() == MovementStatus.EXECUTED, m.status().name(), m.occurredAt()));
    }
}
