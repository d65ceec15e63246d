package com.fundguard.reconciliation.statement;

import com.fundguard.bank.channel.BankChannels;
import com.fundguard.bank.channel.spring.BankChannelsConfiguration;
import com.fundguard.reconciliation.statement.adapter.in.schedule.StatementPullSchedule;
import com.fundguard.reconciliation.statement.adapter.out.bank.ChannelBankStatements;
import com.fundguard.reconciliation.statement.adapter.out.persistence.JdbcStatementPulls;
import com.fundguard.reconciliation.statement.application.StatementPull;
import com.fundguard.reconciliation.statement.application.StatementReception;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(StatementPullConfiguration.StatementPullProperties.class)
// The channels per bank (fundguard.banks.*), configured as every server of the platform configures them.
@Import(BankChannelsConfiguration.class)
public class StatementPullConfiguration {

    /**
     * {@code fundguard.statements.pull.*}: when the statements are pulled ({@code cron} in {@code zone}, "-" never), the
     * zone whose days the statements are of, how many days one round takes per account, and the accounts: each with its
     * enterprise, its bank's code (a channel of {@code fundguard.banks.channels}), the holder's name as the bank knows
     * it (named in recalls), and optionally the first day to pull (else: yesterday, when first pulled).
     */
    @ConfigurationProperties("fundguard.statements.pull")
    public record StatementPullProperties(@DefaultValue("0 30 6 * * *") String cron, @DefaultValue("Asia/Shanghai") ZoneId zone,
                                          @DefaultValue("31") int maxDaysPerRound, @DefaultValue List<Account> accounts) {

        public record Account(UUID enterpriseId, String account, String bankCode, String holderName, LocalDate since) {
        }

        List<StatementPull.PulledAccount> pulledAccounts() {
            // Bank codes are upper case; configuration from environment variables arrives lower-cased.
            return accounts.stream().map(a -> new StatementPull.PulledAccount(a.enterpriseId(), a.account(),
                    a.bankCode() == null ? null : a.bankCode().toUpperCase(Locale.ROOT), Optional.ofNullable(a.since()))).toList();
        }
    }

    @Bean
    StatementPull statementPull(StatementPullProperties properties, BankChannels banks, StatementReception reception, JdbcClient jdbc,
                                TransactionTemplate transactions, Clock clock) {
        return new StatementPull(properties.pulledAccounts(), new ChannelBankStatements(banks), new JdbcStatementPulls(jdbc), reception,
                transactions, clock, properties.zone(), properties.maxDaysPerRound());
    }

    @Bean
    StatementPullSchedule statementPullSchedule(StatementPull pull) {
        return new StatementPullSchedule(pull);
    }
}
