package com.fundguard.sandbox.payment;

import com.fundguard.sandbox.account.application.BankAccounts;
import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.fault.domain.FaultRules;
import com.fundguard.sandbox.payment.adapter.out.persistence.JdbcLedger;
import com.fundguard.sandbox.payment.application.DirectDebiting;
import com.fundguard.sandbox.payment.application.Ledger;
import com.fundguard.sandbox.payment.application.OrderInquiry;
import com.fundguard.sandbox.payment.application.PaymentCancellation;
import com.fundguard.sandbox.payment.application.PaymentOrderSubmission;
import com.fundguard.sandbox.payment.application.SandboxBank;
import com.fundguard.sandbox.payment.application.StatementIssuing;
import com.fundguard.bank.iso20022.RecallMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentConfiguration.SandboxBankProperties.class)
class PaymentConfiguration {

    /**
     * {@code fundguard.sandbox.bank-code} (orders to a creditor under it are credited here), the business days' zone,
     * and {@code cancellation-cut-off}: how long after booking a recall is still honoured (default one hour).
     */
    @ConfigurationProperties("fundguard.sandbox")
    record SandboxBankProperties(String bankCode, ZoneId zone, Duration cancellationCutOff) {
        SandboxBankProperties {
            bankCode = bankCode == null ? "FGSANDBOX" : bankCode;
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
            cancellationCutOff = cancellationCutOff == null ? Duration.ofHours(1) : cancellationCutOff;
        }
    }

    @Bean
    Ledger ledger(JdbcClient jdbc) {
        return new JdbcLedger(jdbc);
    }

    @Bean
    SandboxBank sandboxBank(SandboxBankProperties properties) {
        return new SandboxBank(properties.bankCode(), properties.zone());
    }

    @Bean
    PaymentOrderSubmission paymentOrderSubmission(OnlineBanking onlineBanking, Ledger ledger, FaultRules faults,
                                                  TransactionTemplate transactions, SandboxBank bank, Clock clock) {
        return new PaymentOrderSubmission(onlineBanking, ledger, faults, transactions, bank, clock);
    }

    @Bean
    OrderInquiry orderInquiry(Ledger ledger, Clock clock) {
        return new OrderInquiry(ledger, clock);
    }

    @Bean
    StatementIssuing statementIssuing(BankAccounts accounts, Ledger ledger, PlatformTransactionManager transactionManager, Clock clock) {
        TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return new StatementIssuing(accounts, ledger, snapshot, clock);
    }

    @Bean
    PaymentCancellation paymentCancellation(Ledger ledger, TransactionTemplate transactions, SandboxBank bank,
                                            SandboxBankProperties properties, Clock clock) {
        // The camt.055/camt.029 JAXB contexts are built at start-up, not on the first recall.
        RecallMessages.prepare();
        return new PaymentCancellation(ledger, transactions, bank, properties.cancellationCutOff(), clock);
    }

    @Bean
    DirectDebiting directDebiting(Ledger ledger, TransactionTemplate transactions, SandboxBank bank, Clock clock) {
        return new DirectDebiting(ledger, transactions, bank, clock);
    }
}
