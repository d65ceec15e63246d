package com.fundguard.reconciliation.statement.application;

import java.time.LocalDate;

/** The banks' statements of a day, as the bank sends them (camt.053). */
public interface BankStatements {

    /**
     * @throws StatementNotDeliveredException whatever kept the bank from delivering it (no channel for the bank, the
     *                                        bank does not know the account, no answer): the day stays due
     */
    byte[] camt053(String bankCode, String account, LocalDate day);
}
