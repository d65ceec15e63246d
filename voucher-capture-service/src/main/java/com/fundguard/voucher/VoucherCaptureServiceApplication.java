package com.fundguard.voucher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Photographed vouchers and documents: the evidence behind every transfer. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VoucherCaptureServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VoucherCaptureServiceApplication.class, args);
    }
}
