package com.fundguard.bankconnector.execution;

import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.GuardedBankChannel;
import com.fundguard.bank.channel.HttpBankChannel;
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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ExecutionConfiguration.ExecutionProperties.class, ExecutionConfiguration.BankProperties.class})
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

    /**
     * {@code fundguard.banks.*}: each bank's channel by bank code (the payer account's), with the SSL bundle of the
     * client certificate the bank knows this installation by, and timeouts; the guards of inquiries.
     */
    @ConfigurationProperties("fundguard.banks")
    record BankProperties(@DefaultValue Map<String, Channel> channels, @DefaultValue("4") int maxConcurrentInquiriesPerBank,
                          @DefaultValue("3") int inquiryAttempts, @DefaultValue("500ms") Duration inquiryRetryPause,
                          @DefaultValue("30s") Duration breakerOpenFor) {
        record Channel(URI uri, String sslBundle, @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration requestTimeout) {
        }
    }

    @Bean
    ExecutionPolicy executionPolicy(ExecutionProperties p) {
        return new ExecutionPolicy(p.lease(), p.inquiryDelay(), p.inquiryBackoff(), p.maxInquiryBackoff(), p.notSentBackoff(),
                p.maxNotSentAttempts());
    }

    @Bean
    ResilientBankInquiries bankInquiries(BankProperties banks, SslBundles sslBundles) {
        Map<String, BankChannel> channels = new HashMap<>();
        banks.channels().forEach((code, channel) -> channels.put(code, new HttpBankChannel(channel.uri(),
                sslBundles.getBundle(channel.sslBundle()).createSslContext(), channel.connectTimeout(), channel.requestTimeout())));
        return new ResilientBankInquiries(channels, new GuardedBankChannel.Guards(banks.maxConcurrentInquiriesPerBank(), banks.inquiryAttempts(),
                banks.inquiryRetryPause(), banks.breakerOpenFor()));
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
