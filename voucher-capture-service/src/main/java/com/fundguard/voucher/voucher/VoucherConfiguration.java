package com.fundguard.voucher.voucher;

import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.voucher.voucher.adapter.in.kafka.TransferSubmittedHandler;
import com.fundguard.voucher.voucher.adapter.out.persistence.JdbcAttachments;
import com.fundguard.voucher.voucher.application.VoucherAttachments;
import com.fundguard.voucher.voucher.adapter.out.events.OutboxVoucherEvents;
import com.fundguard.voucher.voucher.adapter.out.imaging.ImageIoVoucherInspector;
import com.fundguard.voucher.voucher.adapter.out.imaging.ImageMetadataStripper;
import com.fundguard.voucher.voucher.adapter.out.persistence.JdbcCaptureProfiles;
import com.fundguard.voucher.voucher.adapter.out.persistence.JdbcDeletionLedger;
import com.fundguard.voucher.voucher.application.VoucherDeletion;
import com.fundguard.voucher.voucher.adapter.out.persistence.JdbcVouchers;
import com.fundguard.voucher.voucher.application.CaptureProfiles;
import com.fundguard.voucher.voucher.application.VoucherCapture;
import com.fundguard.voucher.voucher.application.VoucherStorage;
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

    /**
     * {@code fundguard.vouchers.*}: how large one file may be, and the limits that stop decompression bombs (pixels
     * claimed by an image's header, its longer side, a PDF's pages). Where files go: {@link StorageConfiguration}.
     */
    @ConfigurationProperties("fundguard.vouchers")
    record VoucherProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("50000000") long maxPixels,
                             @DefaultValue("20000") int maxSide, @DefaultValue("50") int maxPages) {
    }

    @Bean
    CaptureProfiles captureProfiles(JdbcClient jdbc) {
        return new JdbcCaptureProfiles(jdbc);
    }

    @Bean
    VoucherAttachments.Attachments attachments(JdbcClient jdbc) {
        return new JdbcAttachments(jdbc);
    }

    @Bean
    VoucherAttachments voucherAttachments(VoucherAttachments.Attachments attachments, EventOutbox outbox, Clock clock) {
        return new VoucherAttachments(attachments, new OutboxVoucherEvents(outbox), clock);
    }

    @Bean
    TransferSubmittedHandler transferSubmittedHandler(EventEnvelopeCodec codec, VoucherAttachments attachments) {
        return new TransferSubmittedHandler(codec, attachments);
    }

    @Bean
    VoucherDeletion voucherDeletion(JdbcClient jdbc, VoucherStorage storage, TransactionTemplate transactions, Clock clock) {
        return new VoucherDeletion(new JdbcVouchers(jdbc), new JdbcDeletionLedger(jdbc), storage, transactions, clock);
    }

    @Bean
    VoucherCapture voucherCapture(JdbcClient jdbc, EventOutbox outbox, TransactionTemplate transactions, Clock clock,
                                  VoucherProperties properties, VoucherStorage storage, CaptureProfiles profiles,
                                  VoucherAttachments.Attachments attachments) {
        return new VoucherCapture(new JdbcVouchers(jdbc), storage, new OutboxVoucherEvents(outbox),
                new ImageIoVoucherInspector(properties.maxPixels(), properties.maxSide(), properties.maxPages()),
                new ImageMetadataStripper(), profiles,
                attachments, transactions, clock, properties.maxFileSize().toBytes());
    }
}
