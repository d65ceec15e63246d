package com.fundguard.reconciliation.report;

import com.fundguard.reconciliation.close.application.DailyClose;
import com.fundguard.reconciliation.discrepancy.application.BusinessCalendars;
import com.fundguard.reconciliation.reconciliation.ReconciliationProperties;
import com.fundguard.reconciliation.report.adapter.out.persistence.JdbcOpenCaseRecords;
import com.fundguard.reconciliation.report.adapter.out.persistence.JdbcReconciliationFigures;
import com.fundguard.reconciliation.report.application.ReconciliationReports;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    /**
     * Cases are aged on the calendar their deadlines are set on (the discrepancy capability's, per enterprise); transfers
     * fall on days in the banks' zone, as reconciliation books them.
     */
    @Bean
    ReconciliationReports reconciliationReports(DailyClose close, JdbcClient jdbc, BusinessCalendars calendars,
                                                ReconciliationProperties reconciliation, Clock clock) {
        return new ReconciliationReports(close, new JdbcOpenCaseRecords(jdbc), calendars,
                new JdbcReconciliationFigures(jdbc, reconciliation.bankZone()), clock);
    }
}
