package com.fundguard.reconciliation.movement.application;

import com.fundguard.reconciliation.movement.domain.ExecutionReport;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Expected;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Kept;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Moved;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Reported;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Unchanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * bank-connector's reports of executions become the movements this service expects on statements. Runs inside the
 * event inbox's transaction: the report is applied once, together with its inbox record.
 */
public class ExecutionOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ExecutionOutcomes.class);

    private final ExpectedMovements movements;

    public ExecutionOutcomes(ExpectedMovements movements) {
        this.movements = movements;
    }

    /** What the report did: the first report expects a movement; a later one moves it; anything else is kept and said. */
    public Reported reported(ExecutionReport report) {
        var existing = movements.lock(report.enterpriseId(), report.transferId());
        if (existing.isEmpty()) {
            ExpectedMovement first = ExpectedMovement.expect(report);
            if (movements.addFirst(first)) {
                log.info("transfer {}: movement expected, {}", report.transferId(), first.status());
                return new Expected(first);
            }
            // Another report of the same transfer was added between our look and our insert: apply after it.
            existing = movements.lock(report.enterpriseId(), report.transferId());
            if (existing.isEmpty()) {
                throw new IllegalStateException("transfer " + report.transferId() + " is expected in another enterprise");
            }
        }
        Reported outcome = existing.get().report(report);
        switch (outcome) {
            case Expected expected -> throw new IllegalStateException("an existing expectation is not started again");
            case Moved moved -> {
                movements.update(moved.now());
                log.info("transfer {}: expected movement {} -> {}", report.transferId(), moved.from(), moved.now().status());
            }
            case Kept kept when kept.why() == Unchanged.CONTRADICTS_FINAL -> log.warn(
                    "transfer {}: a report says {} (attempt {}) but its outcome is final: {}; kept", report.transferId(),
                    report.status(), report.attempt(), existing.get().status());
            case Kept kept -> log.info("transfer {}: report {} (attempt {}) changes nothing ({})", report.transferId(),
                    report.status(), report.attempt(), kept.why());
        }
        return outcome;
    }
}
