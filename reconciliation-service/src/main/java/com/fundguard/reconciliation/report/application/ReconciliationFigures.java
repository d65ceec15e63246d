package com.fundguard.reconciliation.report.application;

import com.fundguard.reconciliation.report.domain.AccountMatchRates;
import com.fundguard.reconciliation.report.domain.ReportPeriod;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts of what reconciliation made of statement lines and expected transfers (statement, movement, reconciliation
 * and discrepancy tables), per account and currency, read for reports.
 */
public interface ReconciliationFigures {

    /** Lines booked in the period and transfers executed in it, of one account or of all; sorted by account and currency. */
    List<AccountMatchRates> matchRates(UUID enterpriseId, Optional<String> account, ReportPeriod period);
}
