package com.fundguard.voucher.voucher;

import com.fundguard.voucher.voucher.adapter.out.storage.LocalFileVoucherStorage;
import com.fundguard.voucher.voucher.application.VoucherStorage;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where voucher bytes live: {@code fundguard.vouchers.storage.*}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    VoucherStorage voucherStorage(@Value("${fundguard.vouchers.storage.directory}") Path directory) {
        return new LocalFileVoucherStorage(directory);
    }
}
