package com.fundguard.reconciliation.report.application;

import com.fundguard.reconciliation.report.domain.AccountMatchRates;
import com.fundguard.reconciliation.report.domain.ReportPeriod;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Match rates of an enterprise's accounts (or of one) over a period of booking dates. */
public record MatchRatesReport(UUID enterpriseId, Optional<String> account, ReportPeriod period, List<AccountMatchRates> accounts) {
}
