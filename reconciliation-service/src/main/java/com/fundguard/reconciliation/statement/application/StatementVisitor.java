package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.util.Optional;

/**
 * Receives a statement file as a reader walks it: for each statement in the file, its header, each entry in the
 * bank's order, then its end. Nothing of the file needs to be held beyond the entry being handed over.
 */
public interface StatementVisitor {

    void begin(StatementHeader header);

    void entry(StatementEntry entry);

    /** @param closingBalance absent in reports that carry none (MT942, camt.054) */
    void end(Optional<Balance> closingBalance);
}
