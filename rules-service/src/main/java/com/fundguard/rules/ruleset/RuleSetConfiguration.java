package com.fundguard.rules.ruleset;

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

    @Bean
    PublisherRoles publisherRoles(@org.springframework.beans.factory.annotation.Value("${fundguard.rules.identity-url:http://localhost:8081}") String identityUrl,
                                  org.springframework.core.env.Environment environment) {
        var requests = new org.springframework.http.client.JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build());
        requests.setReadTimeout(java.time.Duration.ofSeconds(3));
        return new com.fundguard.rules.ruleset.adapter.out.identity.IdentityServicePublisherRoles(
                org.springframework.web.client.RestClient.builder().baseUrl(identityUrl).requestFactory(requests)
                        // identity-service answers only callers with a token: rules-service asks as itself.
                        .requestInterceptor(com.fundguard.security.client.ServiceTokens.interceptor(com.fundguard.security.client.ServiceClientCredentials.bind(environment)))
                        .build());
    }
}
