package com.fundguard.reconciliation.reconciliation.adapter.in.scheduling;

import com.fundguard.reconciliation.reconciliation.application.AccountReconciliation;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs reconciliation for whatever waits: lines no run has examined (a new statement) and executed transfers past the
 * cut-off without a debit. A sweep rather than a reaction to the import: what a crash interrupted is simply found
 * again on the next sweep.
 */
public class ReconciliationSweep {

    private static final int ACCOUNTS_PER_SWEEP = 100;
    private static final int MISSING_DEBITS_PER_SWEEP = 500;

    private final AccountReconciliation reconciliation;

    public ReconciliationSweep(AccountReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelayString = "${fundguard.reconciliation.every:15s}", initialDelayString = "${fundguard.reconciliation.every:15s}")
    public void sweep() {
        while (reconciliation.reconcilePending(ACCOUNTS_PER_SWEEP) == ACCOUNTS_PER_SWEEP) {
            // more accounts wait: keep going
        }
        while (reconciliation.findMissingDebits(MISSING_DEBITS_PER_SWEEP) == MISSING_DEBITS_PER_SWEEP) {
            // more missing debits wait
        }
    }
}
