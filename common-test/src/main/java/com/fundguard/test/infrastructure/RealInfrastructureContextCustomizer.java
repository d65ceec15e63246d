package com.fundguard.test.infrastructure;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points one test class's application context at its own database and its own topic namespace. Equality by
 * isolation key keeps Spring from sharing a context (and so a database) between two test classes.
 */
record RealInfrastructureContextCustomizer(TestIsolation isolation) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        RealInfrastructure.DatabaseCoordinates database = infrastructure.createDatabase(isolation.databaseName());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fundguard-real-infrastructure", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "fundguard.events.namespace", isolation.topicNamespace())));
    }
}
