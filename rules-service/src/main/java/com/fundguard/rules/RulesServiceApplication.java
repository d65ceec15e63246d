package com.fundguard.rules;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Each enterprise's approval rules, versioned: drafted, published under four eyes, retired. */
@SpringBootApplication
public class RulesServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RulesServiceApplication.class, args);
    }
}
