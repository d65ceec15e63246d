package com.fundguard.reconciliation.recall;

import com.fundguard.bank.channel.BankChannels;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.reconciliation.movement.application.ExpectedMovements;
import com.fundguard.reconciliation.recall.adapter.in.schedule.RecallFollowUp;
import com.fundguard.reconciliation.recall.adapter.out.bank.ChannelBankRecalls;
import com.fundguard.reconciliation.recall.adapter.out.events.OutboxRecallEvents;
import com.fundguard.reconciliation.recall.adapter.out.movement.ExpectedMovementTransfers;
import com.fundguard.reconciliation.recall.adapter.out.persistence.JdbcRecalls;
import com.fundguard.reconciliation.recall.application.PayerBanks;
import com.fundguard.reconciliation.recall.application.RecallDesk;
import com.fundguard.reconciliation.recall.domain.Recall;
import com.fundguard.reconciliation.recall.domain.RecallWindow;
import com.fundguard.reconciliation.statement.StatementPullConfiguration.StatementPullProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RecallConfiguration.RecallProperties.class)
class RecallConfiguration {

    /**
     * {@code fundguard.recall.*}: how long after its execution a transfer can be recalled ({@code window}), how long
     * after a send without a final answer the same request goes again ({@code follow-up}), and how often that is looked
     * for ({@code follow-up-interval}).
     */
    @ConfigurationProperties("fundguard.recall")
    record RecallProperties(@DefaultValue("24h") Duration window, @DefaultValue("5m") Duration followUp,
                            @DefaultValue("30s") Duration followUpInterval) {
    }

    /**
     * The payer accounts' banks are the accounts whose statements are pulled ({@code fundguard.statements.pull.accounts}):
     * one list of the enterprise's accounts at their banks, not two to keep in step.
     */
    @Bean
    PayerBanks payerBanks(StatementPullProperties accounts) {
        return (enterpriseId, payerAccount) -> accounts.accounts().stream()
                .filter(a -> enterpriseId.equals(a.enterpriseId()) && payerAccount.equals(a.account()))
                .findFirst()
                .map(a -> new Recall.PayerBank(a.bankCode().toUpperCase(Locale.ROOT),
                        Optional.ofNullable(a.holderName()).filter(name -> !name.isBlank()).orElse(a.account())));
    }

    @Bean
    RecallDesk recallDesk(RecallProperties properties, JdbcClient jdbc, ExpectedMovements movements, PayerBanks payerBanks, BankChannels banks,
                          EventOutbox outbox, TransactionTemplate transactions, Clock clock) {
        return new RecallDesk(new JdbcRecalls(jdbc), new ExpectedMovementTransfers(movements), payerBanks, new ChannelBankRecalls(banks),
                new OutboxRecallEvents(outbox), new RecallWindow(properties.window()), properties.followUp(), transactions, clock);
    }

    @Bean
    RecallFollowUp recallFollowUp(RecallDesk desk) {
        return new RecallFollowUp(desk);
    }
}
