package com.fundguard.reconciliation.statement;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.reconciliation.statement.adapter.in.file.Bai2Reader;
import com.fundguard.reconciliation.statement.adapter.in.file.CsvStatementReader;
import com.fundguard.reconciliation.statement.adapter.in.file.Mt940Reader;
import com.fundguard.reconciliation.statement.adapter.in.file.Mt942Reader;
import com.fundguard.reconciliation.statement.adapter.out.events.OutboxStatementEvents;
import com.fundguard.reconciliation.statement.adapter.out.persistence.JdbcCsvMappings;
import com.fundguard.reconciliation.statement.adapter.out.persistence.JdbcStatementImports;
import com.fundguard.reconciliation.statement.application.CsvMappingBook;
import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementReaders;
import com.fundguard.reconciliation.statement.application.StatementReception;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import com.fundguard.reconciliation.close.application.ClosedDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class StatementConfiguration {

    /** The statement formats' readers, found by {@code format()} when a file arrives (every StatementFileReader bean). */
    @Bean
    Mt940Reader mt940Reader() {
        return new Mt940Reader();
    }

    @Bean
    Mt942Reader mt942Reader() {
        return new Mt942Reader();
    }

    @Bean
    Bai2Reader bai2Reader() {
        return new Bai2Reader();
    }

    @Bean
    CsvMappingBook csvMappingBook(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new CsvMappingBook(new JdbcCsvMappings(jdbc, json), clock);
    }

    /** CSV is read with the enterprise's saved mapping named in the upload, so its reader is made per upload. */
    @Bean
    StatementReaders statementReaders(List<StatementFileReader> readers, CsvMappingBook mappings) {
        return new StatementReaders(readers, (enterpriseId, mappingName) -> mappings.find(enterpriseId, mappingName)
                .map(CsvStatementReader::new));
    }

    @Bean
    StatementReception statementReception(JdbcClient jdbc, DataSource dataSource, StatementReaders readers,
                                          EventOutbox outbox, TransactionTemplate transactions, Clock clock,
                                          @Value("${fundguard.statements.max-file-size:2GB}") DataSize maxFileSize,
                                          @Value("${fundguard.statements.batch-size:1000}") int batchSize, ClosedDays closedDays) {
        return new StatementReception(new JdbcStatementImports(jdbc, dataSource, batchSize), readers,
                new OutboxStatementEvents(outbox), transactions, clock, maxFileSize.toBytes(), closedDays);
    }
}
