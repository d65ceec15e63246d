package com.fundguard.reconciliation.statement.domain;

/** The statement formats banks deliver (DESIGN.md section 7). */
public enum StatementFormat {
    CAMT053,
    CAMT054,
    MT940,
    MT942,
    BAI2,
    CSV
}
