package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.reconciliation.discrepancy.domain.CaseFacts;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A request to open an error case (the shared contract of issue 8: matching and people open cases with it). */
public record OpenDiscrepancy(UUID enterpriseId, DiscrepancyType type, String account, Currency currency, BigDecimal amount,
                              List<UUID> statementLineIds, List<UUID> transferIds, LocalDate transactionDate, String detail) {

    CaseFacts facts() {
        return new CaseFacts(enterpriseId, type, account, currency, amount, statementLineIds, transferIds, transactionDate, detail);
    }
}
