package com.fundguard.test.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * PostgreSQL from the zonky binaries on Maven Central and a KRaft broker from spring-kafka-test, both in
 * this JVM's reach without Docker.
 */
final class EmbeddedInfrastructure extends StartedInfrastructure {

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafkaKraftBroker kafka;

    EmbeddedInfrastructure() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
    }

    @Override
    String adminJdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    String username() {
        return "postgres";
    }

    @Override
    String password() {
        return "postgres";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    void stop() {
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
