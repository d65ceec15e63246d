package com.fundguard.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bank for the local stack and the tests: accounts and balances now; the ISO 20022 channel (signed pain.001 in,
 * pain.002 and camt.053 out) and injectable faults come with the execution issue.
 */
@SpringBootApplication
public class BankSandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(BankSandboxApplication.class, args);
    }
}
