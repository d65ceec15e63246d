package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementImport;

public interface StatementEvents {

    /** A file was read whole and its lines stored (in the transaction that stored them). */
    void imported(StatementImport statement);
}
