package com.fundguard.local.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's PostgreSQL and Kafka keep their data across a stop and a start, as the README promises. */
class LocalInfrastructureIT {

    @TempDir Path data;

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(data.resolve("postgres"))) {
            postgres.ensureDatabases(List.of("fundguard_kept"));
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("fundguard_kept"), LocalPostgres.USER, "")) {
                c.createStatement().execute("CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('still here')");
            }
        }
        try (LocalPostgres again = LocalPostgres.start(data.resolve("postgres"))) {
            again.ensureDatabases(List.of("fundguard_kept"));
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("fundguard_kept"), LocalPostgres.USER, "")) {
                ResultSet rs = c.createStatement().executeQuery("SELECT note FROM kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void aKeptClusterIdBeginningWithADashStillFormatsTheBrokersLogDirectory() throws Exception {
        // Ids kept by earlier versions were base64url of random bytes: one in 64 began with '-'.
        Path directory = data.resolve("kafka-dash");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("cluster-id"), "-B16VRBCS46aPGEP0ncFkA");
        List<String> brokerLog = new ArrayList<>();
        try (LocalKafka kafka = LocalKafka.start(directory, System.getProperty("java.class.path"), brokerLog::add);
             AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().clusterId().get()).as("broker log: %s", brokerLog).isEqualTo("-B16VRBCS46aPGEP0ncFkA");
        }
    }

    @Test
    void kafkaKeepsTopicsAndRecordsAcrossARestart() throws Exception {
        String topic = "kept-" + UUID.randomUUID();
        String classPath = System.getProperty("java.class.path");
        List<String> brokerLog = new ArrayList<>();
        try (LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), classPath, brokerLog::add)) {
            try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "still here")).get();
            }
        }
        try (LocalKafka again = LocalKafka.start(data.resolve("kafka"), classPath, brokerLog::add);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, again.bootstrapServers(),
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            assertThat(values).as("broker log: %s", brokerLog).containsExactly("still here");
        }
    }
}
