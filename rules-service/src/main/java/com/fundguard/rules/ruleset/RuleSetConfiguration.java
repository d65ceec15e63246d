package com.fundguard.rules.ruleset;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.rules.ruleset.adapter.out.events.OutboxRuleSetEvents;
import com.fundguard.rules.ruleset.adapter.out.persistence.JdbcRuleSets;
import com.fundguard.rules.ruleset.application.DefinitionValidator;
import com.fundguard.rules.ruleset.application.RuleSetLifecycle;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    @Bean
    RuleSetLifecycle ruleSetLifecycle(JdbcClient jdbc, EventOutbox outbox, DefinitionValidator validator,
                                      TransactionTemplate transactions, Clock clock) {
        return new RuleSetLifecycle(new JdbcRuleSets(jdbc), new OutboxRuleSetEvents(outbox), validator, transactions, clock);
    }
}
