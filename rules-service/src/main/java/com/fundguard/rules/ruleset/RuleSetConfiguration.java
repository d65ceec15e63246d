package com.fundguard.rules.ruleset;

import com.fundguard.rules.ruleset.adapter.out.identity.IdentityServicePublisherRoles;
import com.fundguard.security.client.ServiceClients;
import org.springframework.beans.factory.annotation.Value;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.rules.ruleset.adapter.out.events.OutboxRuleSetEvents;
import com.fundguard.rules.ruleset.adapter.out.persistence.JdbcRuleSets;
import com.fundguard.rules.ruleset.application.DefinitionValidator;
import com.fundguard.rules.ruleset.application.PublisherRoles;
import com.fundguard.rules.ruleset.application.RuleSetLifecycle;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    @Bean
    RuleSetLifecycle ruleSetLifecycle(JdbcClient jdbc, EventOutbox outbox, DefinitionValidator validator, PublisherRoles publishers,
                                      TransactionTemplate transactions, Clock clock) {
        return new RuleSetLifecycle(new JdbcRuleSets(jdbc), new OutboxRuleSetEvents(outbox), validator, publishers, transactions, clock);
    }

    /** identity-service answers only callers with a token: rules-service asks as itself (mesh TLS, its token). */
    @Bean
    PublisherRoles publisherRoles(ServiceClients services, @Value("${fundguard.rules.identity-url:http://localhost:8081}") String identityUrl) {
        return new IdentityServicePublisherRoles(services.asThisService(identityUrl));
    }
}
