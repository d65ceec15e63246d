package com.fundguard.reconciliation.statement;

import com.fundguard.reconciliation.statement.adapter.in.file.CamtStatementReader;
import com.fundguard.reconciliation.statement.application.StatementFileReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ISO 20022 readers, found by the import through {@link StatementFileReader#format()} like every other. */
@Configuration(proxyBeanMethods = false)
class CamtReaderConfiguration {

    @Bean
    StatementFileReader camt053Reader() {
        return CamtStatementReader.camt053();
    }

    @Bean
    StatementFileReader camt054Reader() {
        return CamtStatementReader.camt054();
    }
}
