package com.fundguard.reconciliation.report.adapter.in.web;

import com.fundguard.reconciliation.report.application.MatchRatesReport;
import com.fundguard.reconciliation.report.domain.AccountMatchRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Match rates as JSON: per account and currency, lines by standing and transfers; rates as percent strings, null when none. */
record MatchRatesView(UUID enterpriseId, String account, LocalDate from, LocalDate to, List<AccountView> accounts) {

    record Breakdown(long total, Map<String, Long> by) {
        static Breakdown of(long total, Map<? extends Enum<?>, Long> counts) {
            Map<String, Long> by = new LinkedHashMap<>();
            counts.forEach((key, n) -> by.put(key.name(), n));
            return new Breakdown(total, by);
        }
    }

    record TransfersView(long expected, long outcomeUnknown, long matched, String matchRatePercent) {
    }

    record AccountView(String account, String currency, long lines, Breakdown matched, Breakdown inCases, Breakdown setAside,
                       long notYetExamined, long unaccounted, String autoMatchRatePercent, TransfersView transfers) {
    }

    static MatchRatesView of(MatchRatesReport report) {
        return new MatchRatesView(report.enterpriseId(), report.account().orElse(null), report.period().from(), report.period().to(),
                report.accounts().stream().map(MatchRatesView::account).toList());
    }

    private static AccountView account(AccountMatchRates a) {
        return new AccountView(a.account(), a.currency().getCurrencyCode(), a.lines(), Breakdown.of(a.matched(), a.matchedByPass()),
                Breakdown.of(a.inCases(), a.inCasesByType()), Breakdown.of(a.setAsideTotal(), a.setAside()), a.notYetExamined(),
                a.unaccounted(), a.autoMatchRatePercent().map(BigDecimal::toPlainString).orElse(null),
                new TransfersView(a.transfersExpected(), a.transfersOutcomeUnknown(), a.transfersMatched(),
                        a.transferMatchRatePercent().map(BigDecimal::toPlainString).orElse(null)));
    }
}
