package com.fundguard.reconciliation.report.application;

import com.fundguard.reconciliation.close.application.DailyClose;
import com.fundguard.reconciliation.discrepancy.application.BusinessCalendars;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge;
import com.fundguard.reconciliation.report.domain.ReportPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The reports of reconciliation: the daily report read through the daily close (statements, matching, cases), open
 * cases by age on the enterprise's business calendar (the one its case deadlines are set on), match rates. They change
 * nothing.
 */
public class ReconciliationReports {

    private final DailyClose close;
    private final OpenCaseRecords openCases;
    private final BusinessCalendars calendars;
    private final ReconciliationFigures figures;
    private final Clock clock;

    public ReconciliationReports(DailyClose close, OpenCaseRecords openCases, BusinessCalendars calendars, ReconciliationFigures figures,
                                 Clock clock) {
        this.close = close;
        this.openCases = openCases;
        this.calendars = calendars;
        this.figures = figures;
        this.clock = clock;
    }

    public DailyReconciliationReport daily(UUID enterpriseId, String account, LocalDate day) {
        return DailyReconciliationReport.of(close.review(enterpriseId, account, day));
    }

    public OpenCasesByAge openCasesByAge(UUID enterpriseId) {
        return OpenCasesByAge.of(enterpriseId, openCases.openCases(enterpriseId), calendars.of(enterpriseId), clock.instant());
    }

    public MatchRatesReport matchRates(UUID enterpriseId, Optional<String> account, ReportPeriod period) {
        return new MatchRatesReport(enterpriseId, account, period, figures.matchRates(enterpriseId, account, period));
    }
}
