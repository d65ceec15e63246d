package com.fundguard.voucher.voucher;

import com.fundguard.voucher.voucher.adapter.out.storage.LocalFileVoucherStorage;
import com.fundguard.voucher.voucher.adapter.out.storage.S3StorageSettings;
import com.fundguard.voucher.voucher.adapter.out.storage.S3VoucherStorage;
import com.fundguard.voucher.voucher.application.VoucherStorage;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where voucher bytes live: {@code fundguard.vouchers.storage.*}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    /**
     * {@code kind}: {@code filesystem} (files under {@code directory}) or {@code s3} (a bucket, {@code s3.*}).
     * Secrets ({@code s3.secret-key}) come from the environment or a secret store, never from a properties file.
     */
    @ConfigurationProperties("fundguard.vouchers.storage")
    record StorageProperties(@DefaultValue("filesystem") Kind kind, Path directory, S3StorageSettings s3) {

        enum Kind { FILESYSTEM, S3 }
    }

    @Bean
    VoucherStorage voucherStorage(StorageProperties storage) {
        return switch (storage.kind()) {
            case FILESYSTEM -> {
                if (storage.directory() == null) {
                    throw new IllegalStateException("fundguard.vouchers.storage.directory names where voucher files go");
                }
                yield new LocalFileVoucherStorage(storage.directory());
            }
            case S3 -> {
                if (storage.s3() == null) {
                    throw new IllegalStateException("fundguard.vouchers.storage.kind is s3 but no "
                            + "fundguard.vouchers.storage.s3.bucket (and how to reach it) is set");
                }
                yield S3VoucherStorage.connect(storage.s3());
            }
        };
    }
}
