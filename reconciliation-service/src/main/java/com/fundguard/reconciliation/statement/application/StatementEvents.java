package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementImport;

public interface StatementEvents {

    void received(StatementImport statement);
}
