package com.fundguard.reconciliation.statement;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.reconciliation.statement.adapter.in.file.Mt940Reader;
import com.fundguard.reconciliation.statement.adapter.in.file.Mt942Reader;
import com.fundguard.reconciliation.statement.adapter.out.events.OutboxStatementEvents;
import com.fundguard.reconciliation.statement.adapter.out.persistence.JdbcStatementImports;
import com.fundguard.reconciliation.statement.application.StatementReception;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class StatementConfiguration {

    /** The statement formats' readers, found by {@code format()} when a file arrives. */
    @Bean
    Mt940Reader mt940Reader() {
        return new Mt940Reader();
    }

    @Bean
    Mt942Reader mt942Reader() {
        return new Mt942Reader();
    }

    @Bean
    StatementReception statementReception(JdbcClient jdbc, EventOutbox outbox, TransactionTemplate transactions, Clock clock) {
        return new StatementReception(new JdbcStatementImports(jdbc), new OutboxStatementEvents(outbox), transactions, clock);
    }
}
