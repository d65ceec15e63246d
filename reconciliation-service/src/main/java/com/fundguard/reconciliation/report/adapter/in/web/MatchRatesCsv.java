package com.fundguard.reconciliation.report.adapter.in.web;

import static com.fundguard.reconciliation.report.adapter.in.web.ReportCsv.text;

import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.matching.domain.MatchPass;
import com.fundguard.reconciliation.report.application.MatchRatesReport;
import com.fundguard.reconciliation.report.domain.AccountMatchRates;
import com.fundguard.reconciliation.report.domain.SetAside;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Match rates as one CSV table ({@link ReportCsv}): one row per account and currency, a column per figure (each pass,
 * case type and set-aside outcome its own), rates in percent with two decimals, empty when there is nothing to rate.
 */
final class MatchRatesCsv {

    static final List<String> HEADER = header();

    private MatchRatesCsv() {
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("account", "currency", "from", "to", "lines", "matched"));
        for (MatchPass pass : MatchPass.values()) {
            header.add("matched_" + column(pass));
        }
        header.add("in_cases");
        for (DiscrepancyType type : DiscrepancyType.values()) {
            header.add("in_case_" + column(type));
        }
        header.add("set_aside");
        for (SetAside outcome : SetAside.values()) {
            header.add("set_aside_" + column(outcome));
        }
        header.addAll(List.of("not_yet_examined", "unaccounted", "auto_match_rate_percent", "transfers_expected",
                "transfers_outcome_unknown", "transfers_matched", "transfer_match_rate_percent"));
        return List.copyOf(header);
    }

    static void write(MatchRatesReport report, OutputStream out) {
        ReportCsv.write(out, csv -> {
            csv.writeRecord(HEADER);
            for (AccountMatchRates a : report.accounts()) {
                List<String> row = new ArrayList<>(List.of(text(a.account()), a.currency().getCurrencyCode(), report.period().from().toString(),
                        report.period().to().toString(), Long.toString(a.lines()), Long.toString(a.matched())));
                a.matchedByPass().values().forEach(n -> row.add(Long.toString(n)));
                row.add(Long.toString(a.inCases()));
                a.inCasesByType().values().forEach(n -> row.add(Long.toString(n)));
                row.add(Long.toString(a.setAsideTotal()));
                a.setAside().values().forEach(n -> row.add(Long.toString(n)));
                row.addAll(List.of(Long.toString(a.notYetExamined()), Long.toString(a.unaccounted()), rate(a.autoMatchRatePercent()),
                        Long.toString(a.transfersExpected()), Long.toString(a.transfersOutcomeUnknown()), Long.toString(a.transfersMatched()),
                        rate(a.transferMatchRatePercent())));
                csv.writeRecord(row);
            }
        });
    }

    private static String column(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String rate(Optional<BigDecimal> percent) {
        return percent.map(BigDecimal::toPlainString).orElse("");
    }
}
