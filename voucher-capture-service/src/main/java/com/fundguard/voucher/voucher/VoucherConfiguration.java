package com.fundguard.voucher.voucher;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.voucher.voucher.adapter.out.events.OutboxVoucherEvents;
import com.fundguard.voucher.voucher.adapter.out.persistence.JdbcVouchers;
import com.fundguard.voucher.voucher.adapter.out.storage.LocalFileVoucherStorage;
import com.fundguard.voucher.voucher.application.VoucherCapture;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class VoucherConfiguration {

    /** {@code fundguard.vouchers.*}: where files go and how large one may be. */
    @ConfigurationProperties("fundguard.vouchers")
    record VoucherProperties(Storage storage, @DefaultValue("20MB") DataSize maxFileSize) {
        record Storage(Path directory) {
        }
    }

    @Bean
    VoucherCapture voucherCapture(JdbcClient jdbc, EventOutbox outbox, TransactionTemplate transactions, Clock clock,
                                  VoucherProperties properties) {
        return new VoucherCapture(new JdbcVouchers(jdbc), new LocalFileVoucherStorage(properties.storage().directory()),
                new OutboxVoucherEvents(outbox), transactions, clock, properties.maxFileSize().toBytes());
    }
}
