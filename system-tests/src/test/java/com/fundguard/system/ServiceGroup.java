package com.fundguard.system;

import com.fundguard.test.infrastructure.RealInfrastructure;
import com.fundguard.test.infrastructure.RealInfrastructure.DatabaseCoordinates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The services one test class starts, on the shared PostgreSQL and Kafka, with a topic namespace of their own: each
 * gets its own database, the broker, the namespace and (once identity-service runs) where to fetch token keys.
 * Closing stops them in reverse order.
 */
final class ServiceGroup implements AutoCloseable {

    private final RealInfrastructure infrastructure;
    private final String namespace;
    private final List<ServiceProcess> started = new ArrayList<>();
    private final Map<String, DatabaseCoordinates> databases = new HashMap<>();
    private ServiceProcess identity;

    ServiceGroup(RealInfrastructure infrastructure, String namespace) {
        this.infrastructure = infrastructure;
        this.namespace = namespace;
    }

    /** Starts {@code name} with a new database {@code database} (null: none) and {@code extra} environment. */
    ServiceProcess start(String name, String database, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>();
        if (database != null) {
            DatabaseCoordinates coordinates = infrastructure.createDatabase(database);
            databases.put(name, coordinates);
            environment.put("SPRING_DATASOURCE_URL", coordinates.jdbcUrl());
            environment.put("SPRING_DATASOURCE_USERNAME", coordinates.username());
            environment.put("SPRING_DATASOURCE_PASSWORD", coordinates.password());
        }
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        environment.put("FUNDGUARD_EVENTS_NAMESPACE", namespace);
        environment.put("FUNDGUARD_EVENTS_RELAY_INTERVAL", "50ms");
        if (identity != null) {
            environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", identity.uri("/oauth2/jwks").toString());
        }
        environment.putAll(extra);
        ServiceProcess process = ServiceProcess.start(name, environment);
        started.add(process);
        if (name.equals("identity-service")) {
            identity = process;
        }
        return process;
    }

    /** The services started so far, in order. */
    List<ServiceProcess> started() {
        return List.copyOf(started);
    }

    /** The database a service of this group was started with. */
    DatabaseCoordinates databaseOf(String service) {
        return databases.get(service);
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : started.reversed()) {
            service.close();
        }
    }
}
