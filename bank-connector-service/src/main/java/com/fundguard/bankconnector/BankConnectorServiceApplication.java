package com.fundguard.bankconnector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Executes authorized transfers at the bank. Now: the enterprise's payer accounts and the bank each is held at;
 * the dispatch queue, agent API and credential vault come with the execution issue.
 */
@SpringBootApplication
public class BankConnectorServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(BankConnectorServiceApplication.class, args);
    }
}
