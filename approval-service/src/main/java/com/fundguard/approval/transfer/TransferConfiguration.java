package com.fundguard.approval.transfer;

import com.fundguard.approval.transfer.adapter.out.events.OutboxTransferEvents;
import com.fundguard.approval.transfer.adapter.out.persistence.JdbcTransferRequests;
import com.fundguard.approval.transfer.application.TransferEvents;
import com.fundguard.approval.transfer.application.TransferQueries;
import com.fundguard.approval.transfer.application.TransferRequests;
import com.fundguard.approval.transfer.application.TransferSubmission;
import com.fundguard.events.outbox.EventOutbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the transfer capability: use cases on ports, ports on adapters. */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

    @Bean
    TransferRequests transferRequests(JdbcClient jdbc) {
        return new JdbcTransferRequests(jdbc);
    }

    @Bean
    TransferEvents transferEvents(EventOutbox outbox) {
        return new OutboxTransferEvents(outbox);
    }

    @Bean
    TransferSubmission transferSubmission(TransferRequests requests, TransferEvents events,
                                          TransactionTemplate transactions, Clock clock) {
        return new TransferSubmission(requests, events, transactions, clock);
    }

    @Bean
    TransferQueries transferQueries(TransferRequests requests) {
        return new TransferQueries(requests);
    }
}
