package com.fundguard.reconciliation.close;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.reconciliation.close.adapter.out.events.OutboxDayClosedEvents;
import com.fundguard.reconciliation.close.adapter.out.persistence.JdbcBankDays;
import com.fundguard.reconciliation.close.adapter.out.persistence.JdbcCloseLedger;
import com.fundguard.reconciliation.close.application.DailyClose;
import com.fundguard.reconciliation.close.application.LineReconciliation;
import com.fundguard.reconciliation.close.application.OpenCases;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily close. Matching results ({@link LineReconciliation}) and open cases ({@link OpenCases}) come from adapters
 * over the tables of reconciliation and discrepancy where this build has them; without one, lines' standing is
 * unknown and days with lines do not close (never assumed reconciled).
 */
@Configuration(proxyBeanMethods = false)
class CloseConfiguration {

    @Bean
    DailyClose dailyClose(JdbcClient jdbc, EventOutbox outbox, TransactionTemplate transactions, Clock clock,
                          ObjectProvider<LineReconciliation> matching, ObjectProvider<OpenCases> cases) {
        return new DailyClose(new JdbcCloseLedger(jdbc), new JdbcBankDays(jdbc), Optional.ofNullable(matching.getIfAvailable()),
                Optional.ofNullable(cases.getIfAvailable()), new OutboxDayClosedEvents(outbox), transactions, clock);
    }
}
