package com.fundguard.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.test.kafka.TopicReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RealInfrastructureIT {

    final RealInfrastructure infrastructure = SharedInfrastructure.get();

    @Test
    void givesARealPostgreSql16OrNewerWithAnEmptyDatabasePerName() throws Exception {
        RealInfrastructure.DatabaseCoordinates first = infrastructure.createDatabase("isolation_first");
        RealInfrastructure.DatabaseCoordinates second = infrastructure.createDatabase("isolation_second");

        try (Connection a = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
             Connection b = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password())) {
            a.createStatement().execute("CREATE TABLE only_in_first (id INT)");
            ResultSet version = a.createStatement().executeQuery("SHOW server_version_num");
            version.next();
            assertThat(version.getInt(1)).isGreaterThanOrEqualTo(160000);
            ResultSet tables = b.createStatement().executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_first'");
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void recreatingADatabaseStartsItEmpty() throws Exception {
        RealInfrastructure.DatabaseCoordinates db = infrastructure.createDatabase("isolation_again");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            c.createStatement().execute("CREATE TABLE leftover (id INT)");
        }
        RealInfrastructure.DatabaseCoordinates again = infrastructure.createDatabase("isolation_again");
        try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password())) {
            ResultSet tables = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'leftover'");
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void givesARealKafkaBrokerThatKeepsWhatItIsSent() throws Exception {
        String topic = "infrastructure-" + UUID.randomUUID();
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(java.util.List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "kept")).get();
        }

        try (TopicReader reader = new TopicReader(infrastructure.kafkaBootstrapServers(), topic)) {
            assertThat(reader.readToEnd()).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("kept"));
        }
    }

    @Test
    void refusesADatabaseNameThatIsNotAPlainIdentifier() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> infrastructure.createDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachTestClassGetsItsOwnDatabaseAndTopicNamespace() {
        TestIsolation one = TestIsolation.forTestClass(RealInfrastructureIT.class);
        TestIsolation other = TestIsolation.forTestClass(TestIsolation.class);

        assertThat(one.databaseName()).isNotEqualTo(other.databaseName()).matches("[a-z][a-z0-9_]{0,62}");
        assertThat(one.topicNamespace()).isNotEqualTo(other.topicNamespace());
        assertThat(TestIsolation.forTestClass(RealInfrastructureIT.class)).isEqualTo(one);
    }
}
