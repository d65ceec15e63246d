package com.fundguard.reconciliation.reconciliation;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.reconciliation.close.application.LineReconciliation;
import com.fundguard.reconciliation.close.application.OpenCases;
import com.fundguard.reconciliation.reconciliation.adapter.out.persistence.JdbcLineReconciliation;
import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import com.fundguard.reconciliation.reconciliation.adapter.in.scheduling.ReconciliationSweep;
import com.fundguard.reconciliation.reconciliation.adapter.out.events.OutboxReconciliationEvents;
import com.fundguard.reconciliation.reconciliation.adapter.out.persistence.JdbcReconciliationLedger;
import com.fundguard.reconciliation.reconciliation.application.AccountReconciliation;
import com.fundguard.reconciliation.matching.domain.MatchingPolicy;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationProperties.class)
@EnableScheduling
class ReconciliationConfiguration {

    @Bean
    AccountReconciliation accountReconciliation(JdbcClient jdbc, DiscrepancyCases cases, EventOutbox outbox,
                                                ReconciliationProperties properties, TransactionTemplate transactions, Clock clock) {
        MatchingPolicy policy = properties.matchingPolicy();
        return new AccountReconciliation(new JdbcReconciliationLedger(jdbc, properties.bankZone()), cases, new OutboxReconciliationEvents(outbox),
                account -> policy, properties.missingDebitAfter(), transactions, clock);
    }

    /** The daily close asks which lines reconciliation accounted for. */
    @Bean
    LineReconciliation lineReconciliation(JdbcClient jdbc) {
        return new JdbcLineReconciliation(jdbc);
    }

    /** The daily close asks which unmatched lines an open case holds. */
    @Bean
    OpenCases openCases(DiscrepancyCases cases) {
        return (enterpriseId, lineIds) -> lineIds.stream().filter(line -> cases.isInOpenCase(enterpriseId, line))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Bean
    ReconciliationSweep reconciliationSweep(AccountReconciliation reconciliation) {
        return new ReconciliationSweep(reconciliation);
    }
}
