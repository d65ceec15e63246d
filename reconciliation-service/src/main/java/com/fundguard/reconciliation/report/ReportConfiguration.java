package com.fundguard.reconciliation.report;

import com.fundguard.reconciliation.close.application.DailyClose;
import com.fundguard.reconciliation.report.application.ReconciliationReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReconciliationReports reconciliationReports(DailyClose close) {
        return new ReconciliationReports(close);
    }
}
