package com.fundguard.test.infrastructure;

/**
 * Real PostgreSQL and a real Kafka broker for integration tests. Tests see only this interface, so the
 * same test runs on embedded binaries (no Docker here) or on Testcontainers (where a Docker engine runs).
 */
public interface RealInfrastructure {

    /** Creates an empty database of that name, so that each test class gets a schema of its own. */
    DatabaseCoordinates createDatabase(String name);

    String kafkaBootstrapServers();

    /** What runs underneath, for the test log: "embedded" or "testcontainers". */
    String kind();

    record DatabaseCoordinates(String jdbcUrl, String username, String password) {
        @Override
        public String toString() {
            return "DatabaseCoordinates[" + jdbcUrl + ", user=" + username + "]";
        }
    }
}
