package com.fundguard.reconciliation.report.application;

import com.fundguard.reconciliation.close.application.DailyClose;
import java.time.LocalDate;
import java.util.UUID;

/** The reports of reconciliation, read through the daily close (statements, matching, cases); they change nothing. */
public class ReconciliationReports {

    private final DailyClose close;

    public ReconciliationReports(DailyClose close) {
        this.close = close;
    }

    public DailyReconciliationReport daily(UUID enterpriseId, String account, LocalDate day) {
        return DailyReconciliationReport.of(close.review(enterpriseId, account, day));
    }
}
