package com.fundguard.test.infrastructure;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same servers as containers, where a Docker engine runs (developer laptops, some CI runners). */
final class ContainerInfrastructure extends StartedInfrastructure {

    private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine")
            .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0")
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");

    ContainerInfrastructure() {
        postgres.start();
        kafka.start();
    }

    @Override
    String adminJdbcUrl() {
        return postgres.getJdbcUrl();
    }

    @Override
    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database;
    }

    @Override
    String username() {
        return postgres.getUsername();
    }

    @Override
    String password() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "testcontainers";
    }

    @Override
    void stop() {
        kafka.stop();
        postgres.stop();
    }
}
