package com.fundguard.bankconnector.execution;

import com.fundguard.bank.channel.BankChannels;
import com.fundguard.bank.channel.spring.BankChannelsConfiguration;
import com.fundguard.bankconnector.audit.application.AuditTrail;
import com.fundguard.bankconnector.execution.adapter.in.kafka.TransferAuthorizedHandler;
import com.fundguard.bankconnector.execution.adapter.in.kafka.TransferSettledHandler;
import com.fundguard.bankconnector.execution.adapter.out.bank.ResilientBankInquiries;
import com.fundguard.bankconnector.execution.adapter.out.events.OutboxExecutionEvents;
import com.fundguard.bankconnector.execution.adapter.out.persistence.JdbcExecutions;
import com.fundguard.bankconnector.execution.application.ExecutionDesk;
import com.fundguard.bankconnector.execution.domain.ExecutionPolicy;
import com.fundguard.bankconnector.payeraccount.application.PayerAccounts;
import com.fundguard.bankconnector.vault.application.CredentialVault;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.outbox.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ExecutionConfiguration.ExecutionProperties.class)
// The channels per bank (fundguard.banks.*), as every server of the platform configures them.
@Import(BankChannelsConfiguration.class)
class ExecutionConfiguration {

    /**
     * {@code fundguard.execution.*}: the lease of a claim, the pause before the first inquiry of an unknown outcome
     * and the backoff between inquiries, the pause before an order that never left is offered again and how often.
     */
    @ConfigurationProperties("fundguard.execution")
    record ExecutionProperties(@DefaultValue("60s") Duration lease, @DefaultValue("30s") Duration inquiryDelay,
                               @DefaultValue("10s") Duration inquiryBackoff, @DefaultValue("15m") Duration maxInquiryBackoff,
                               @DefaultValue("30s") Duration notSentBackoff, @DefaultValue("3") int maxNotSentAttempts,
                               @DefaultValue("1s") Duration watchInterval) {
    }

    @Bean
    ExecutionPolicy executionPolicy(ExecutionProperties p) {
        return new ExecutionPolicy(p.lease(), p.inquiryDelay(), p.inquiryBackoff(), p.maxInquiryBackoff(), p.notSentBackoff(),
                p.maxNotSentAttempts());
    }

    @Bean
    ResilientBankInquiries bankInquiries(BankChannels banks) {
        return new ResilientBankInquiries(banks);
    }

    @Bean
    ExecutionDesk executionDesk(JdbcClient jdbc, EventOutbox outbox, PayerAccounts payerAccounts, CredentialVault vault,
                                ResilientBankInquiries inquiries, ExecutionPolicy policy, AuditTrail audit, TransactionTemplate transactions,
                                Clock clock) {
        return new ExecutionDesk(new JdbcExecutions(jdbc), new OutboxExecutionEvents(outbox), payerAccounts, vault, inquiries, policy,
                audit, transactions, clock);
    }

    @Bean
    TransferAuthorizedHandler transferAuthorizedHandler(EventEnvelopeCodec codec, ExecutionDesk desk) {
        return new TransferAuthorizedHandler(codec, desk);
    }

    @Bean
    TransferSettledHandler transferSettledHandler(EventEnvelopeCodec codec, ExecutionDesk desk) {
        return new TransferSettledHandler(codec, desk);
    }

    @Bean
    ExecutionWatch executionWatch(ExecutionDesk desk) {
        return new ExecutionWatch(desk);
    }

    /** Turns expired leases into unknown outcomes and asks the bank about unknown outcomes whose inquiry is due. */
    static class ExecutionWatch {

        private static final Logger log = LoggerFactory.getLogger(ExecutionWatch.class);
        private static final int BATCH = 50;

        private final ExecutionDesk desk;

        ExecutionWatch(ExecutionDesk desk) {
            this.desk = desk;
        }

        // Two schedules (each on its own virtual thread): a slow bank's inquiries never delay the expiry of leases.
        // A failed round is tried again at the next; an execution that failed to move stays as it was, never half-moved.

        @Scheduled(fixedDelayString = "${fundguard.execution.watch-interval:1s}")
        void expireLeases() {
            try {
                int expired = desk.expireLeases(BATCH);
                if (expired > 0) {
                    log.info("execution watch: {} lease(s) expired", expired);
                }
            } catch (RuntimeException e) {
                log.warn("lease expiry round failed: {}", e.toString());
            }
        }

        @Scheduled(fixedDelayString = "${fundguard.execution.watch-interval:1s}")
        void inquire() {
            try {
                int asked = desk.inquireDue(BATCH);
                if (asked > 0) {
                    log.info("execution watch: {} inquiry(ies) made", asked);
                }
            } catch (RuntimeException e) {
                log.warn("inquiry round failed: {}", e.toString());
            }
        }
    }
}
