package com.fundguard.reconciliation.recall.application;

import com.fundguard.reconciliation.recall.domain.Recall;

/** Sends a recall to the payer's bank (camt.055) and reads its answer (camt.029). Never throws for a bank's silence. */
public interface BankRecalls {

    BankAnswer send(Recall.Snapshot recall);
}
