package com.fundguard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.test.infrastructure.RealInfrastructure;
import com.fundguard.test.infrastructure.RealInfrastructure.DatabaseCoordinates;
import com.fundguard.test.infrastructure.SharedInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance test of the event path (foundation issue): approval-service and notification-service run as
 * separate processes from their runnable jars, on real PostgreSQL and a real Kafka broker.
 */
class EventPathAcrossServicesIT {

    static final String NAMESPACE = "sys-" + UUID.randomUUID().toString().substring(0, 8);
    static final String TRANSFER_TOPIC = NAMESPACE + ".transfer";
    static final HttpClient HTTP = TestMesh.HTTP;
    static final JsonMapper JSON = JsonMapper.builder().build();

    static RealInfrastructure infrastructure;
    static DatabaseCoordinates approvalDb;
    static DatabaseCoordinates notificationDb;
    static ServiceProcess identity;
    static ServiceProcess rules;
    static ServiceProcess approval;
    static ServiceProcess notification;

    static final PlatformClients CLIENTS = PlatformClients.generate();

    final UUID enterprise = UUID.randomUUID();

    @BeforeAll
    static void startServices() {
        infrastructure = SharedInfrastructure.get();
        approvalDb = infrastructure.createDatabase("system_approval");
        notificationDb = infrastructure.createDatabase("system_notification");
        Map<String, String> identityEnvironment = new java.util.HashMap<>(environment(infrastructure.createDatabase("system_identity")));
        identityEnvironment.putAll(CLIENTS.identityEnvironment());
        identity = ServiceProcess.start("identity-service", identityEnvironment);
        Map<String, String> rulesEnvironment = new java.util.HashMap<>(environment(infrastructure.createDatabase("system_rules")));
        rulesEnvironment.put("FUNDGUARD_RULES_IDENTITY_URL", identity.uri("").toString());
        rulesEnvironment.putAll(CLIENTS.serviceEnvironment("rules-service", identity.uri("")));
        rulesEnvironment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", identity.uri("/oauth2/jwks").toString());
        rules = ServiceProcess.start("rules-service", rulesEnvironment);
        Map<String, String> approvalEnvironment = new java.util.HashMap<>(environment(approvalDb));
        approvalEnvironment.put("FUNDGUARD_APPROVAL_RULES_URL", rules.uri("").toString());
        approvalEnvironment.put("FUNDGUARD_APPROVAL_IDENTITY_URL", identity.uri("").toString());
        approvalEnvironment.putAll(CLIENTS.serviceEnvironment("approval-service", identity.uri("")));
        approvalEnvironment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", identity.uri("/oauth2/jwks").toString());
        approvalEnvironment.put("FUNDGUARD_APPROVAL_CONFIRMATION_JWK_SET_URI", identity.uri("/oauth2/jwks").toString());
        // Decisions on amounts up to this need no second factor unless the enterprise set a lower threshold.
        approvalEnvironment.put("FUNDGUARD_APPROVAL_CONFIRMATION_DEFAULT_THRESHOLD", "1000000000");
        approval = ServiceProcess.start("approval-service", approvalEnvironment);
        Map<String, String> notificationEnvironment = new java.util.HashMap<>(environment(notificationDb));
        notificationEnvironment.putAll(CLIENTS.serviceEnvironment("notification-service", identity.uri("")));
        notificationEnvironment.put("FUNDGUARD_NOTIFICATION_IDENTITY_URL", identity.uri("").toString());
        notificationEnvironment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", identity.uri("/oauth2/jwks").toString());
        notification = ServiceProcess.start("notification-service", notificationEnvironment);
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        if (approval != null) {
            approval.close();
        }
        if (notification != null) {
            notification.close();
        }
        if (rules != null) {
            rules.close();
        }
        if (identity != null) {
            identity.close();
        }
    }

    static Map<String, String> environment(DatabaseCoordinates database) {
        return Map.of(
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "FUNDGUARD_EVENTS_NAMESPACE", NAMESPACE,
                "FUNDGUARD_EVENTS_RELAY_INTERVAL", "50ms");
    }

    @Test
    void aTransferRoutedByThePublishedRulesIsAuditedAndAuthorizedByTheRightPeopleWithItsEventsInOrder() throws Exception {
        UUID cashier = register("chen.cashier", "APPLICANT");
        UUID supervisor = register("wang.supervisor", "AUDITOR");
        UUID owner = register("liu.owner", "AUTHORIZER");
        String ruleSetId = publishPatentRules(owner);

        JsonNode submitted = JSON.readTree(submit(cashier, "125000.50").body());
        String transferId = submitted.get("id").asString();
        assertThat(submitted.get("state").asString()).isEqualTo("PENDING_AUDIT");
        assertThat(submitted.get("route").get("decidedBy").asString()).isEqualTo("rules-service:" + ruleSetId + "@v1");

        HttpResponse<String> byTheApplicant = decide(transferId, cashier, submitted.get("contentHash").asString());
        assertThat(byTheApplicant.statusCode()).isEqualTo(409);
        assertThat(decide(transferId, supervisor, submitted.get("contentHash").asString()).body()).contains("PENDING_AUTHORIZATION");
        assertThat(decide(transferId, owner, submitted.get("contentHash").asString()).body()).contains("\"state\":\"AUTHORIZED\"");

        try (TopicReader reader = new TopicReader(infrastructure.kafkaBootstrapServers(), TRANSFER_TOPIC)) {
            List<String> types = reader.awaitRecords(records -> records.stream().filter(r -> transferId.equals(r.key())).count() >= 3)
                    .stream().filter(r -> transferId.equals(r.key())).map(r -> JSON.readTree(r.value()).get("type").asString()).toList();
            assertThat(types).containsExactly("com.fundguard.transfer.submitted.v1", "com.fundguard.transfer.audited.v1",
                    "com.fundguard.transfer.authorized.v1");
        }
        awaitMessages(cashier, 3);
    }

    UUID register(String username, String role) throws Exception {
        String onboarding = CLIENTS.onboardingToken(identity.uri(""));
        HttpRequest.BodyPublisher enterpriseBody = HttpRequest.BodyPublishers.ofString("{\"name\": \"System Test Co.\"}");
        HTTP.send(HttpRequest.newBuilder(identity.uri("/api/enterprises/" + enterprise)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + onboarding).PUT(enterpriseBody).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> user = HTTP.send(HttpRequest.newBuilder(identity.uri("/api/enterprises/" + enterprise + "/users/" + username))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + onboarding)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"displayName\": \"" + username + "\", \"roles\": [\"" + role
                        + "\"], \"password\": \"" + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        UUID id = UUID.fromString(JSON.readTree(user.body()).get("id").asString());
        usernames.put(id, username);
        return id;
    }

    final Map<UUID, String> usernames = new java.util.HashMap<>();
    final String password = "pw-" + UUID.randomUUID();

    UUID newApplicant() throws Exception {
        return register("cashier-" + UUID.randomUUID().toString().substring(0, 8), "APPLICANT");
    }

    /** The person's access token, through the real OIDC flow of identity-service (authorization code + PKCE). */
    String token(UUID person) {
        URI callback = URI.create("http://localhost:8080/portal/callback");
        var browser = new OidcBrowserSignIn(identity.uri(""), TestMesh.tls());
        var outcome = browser.signIn("fundguard-portal", callback, usernames.get(person) + "@" + enterprise, password);
        var tokens = browser.exchange("fundguard-portal", CLIENTS.portalSecret(), callback, outcome.code().orElseThrow(), outcome.verifier());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body()).get("access_token").asString();
    }

    /** Drafted by a second authorizer and published by {@code publisher}: four eyes on the rules. */
    String publishPatentRules(UUID publisher) throws Exception {
        String author = token(register("zhou.author", "AUTHORIZER"));
        String definition = HTTP.send(HttpRequest.newBuilder(rules.uri("/api/rules/patent-default?noAuthorizationLimitMinor=500000"))
                .header("Authorization", "Bearer " + author).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> draft = HTTP.send(HttpRequest.newBuilder(rules.uri("/api/enterprises/" + enterprise + "/rule-sets"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + author)
                .POST(HttpRequest.BodyPublishers.ofString("{\"definition\": " + definition + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String id = JSON.readTree(draft.body()).get("id").asString();
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(rules.uri("/api/enterprises/" + enterprise + "/rule-sets/" + id + "/publish"))
                .header("Authorization", "Bearer " + token(publisher))
                .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    HttpResponse<String> decide(String transferId, UUID decider, String contentHash) throws Exception {
        return decide(transferId, token(decider), contentHash, null);
    }

    HttpResponse<String> decide(String transferId, String accessToken, String contentHash, String proof) throws Exception {
        var body = JSON.createObjectNode().put("contentHash", contentHash).put("opinion", "ok").put("client", "system-test");
        if (proof != null) {
            body.put("confirmationProof", proof);
        }
        return HTTP.send(HttpRequest.newBuilder(approval.uri("/api/enterprises/" + enterprise + "/transfers/" + transferId + "/approve"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> submit(UUID applicant, String amount) throws Exception {
        return submit(applicant, amount, token(applicant));
    }

    HttpResponse<String> submit(UUID applicant, String amount, String accessToken) throws Exception {
        String body = """
                {"payerAccount": "CN6222000011110001",
                 "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Invoice 2026-0042",
                 "requestedExecutionDate": "%s"}
                """.formatted(amount, LocalDate.now().plusDays(1));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(approval.uri("/api/enterprises/" + enterprise + "/transfers"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Authorization", "Bearer " + accessToken)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** Submits a transfer through approval-service's API; returns its id. */
    String submitTransfer(UUID applicant) throws Exception {
        return JSON.readTree(submit(applicant, "125000.50").body()).get("id").asString();
    }

    @Test
    void anAuditorConfirmsWithTotpThroughIdentityAndAnAuthorizerWhoseRoleWasRevokedIsRefusedAtOnce() throws Exception {
        UUID cashier = register("chen.cashier", "APPLICANT");
        UUID supervisor = register("wang.supervisor", "AUDITOR");
        UUID owner = register("liu.owner", "AUTHORIZER");
        UUID admin = register("zhao.admin", "ENTERPRISE_ADMIN");
        publishPatentRules(owner);
        String ownerToken = token(owner);
        HttpResponse<String> policy = HTTP.send(HttpRequest.newBuilder(approval.uri("/api/enterprises/" + enterprise + "/confirmation-policy"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ownerToken)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currency\":\"CNY\",\"threshold\":\"50000.00\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);

        // The auditor enrols an authenticator at identity-service and confirms the transfer's content with it.
        JsonNode transfer = JSON.readTree(submit(cashier, "125000.50").body());
        String supervisorToken = token(supervisor);
        String enrolment = identityCall("POST", "/api/identity/me/totp", supervisorToken, "").body();
        String uri = JSON.readTree(enrolment).get("otpauthUri").asString();
        var authenticator = com.fundguard.crypto.otp.Totp.standard(org.bouncycastle.util.encoders.Base32.decode(
                uri.substring(uri.indexOf("secret=") + 7, uri.indexOf('&'))));
        // Activation uses the previous step's code, the confirmation the current one: both must reach identity-service
        // within the step they were computed in.
        java.time.Instant now = com.fundguard.test.time.TotpSteps.nowWithAtLeast(java.time.Duration.ofSeconds(15));
        assertThat(identityCall("POST", "/api/identity/me/totp/activation", supervisorToken,
                "{\"code\":\"" + authenticator.code(now.minusSeconds(30)) + "\"}").statusCode()).isEqualTo(204);
        var confirmation = (tools.jackson.databind.node.ObjectNode) transfer.get("confirmation").deepCopy();
        confirmation.remove("challenge");
        HttpResponse<String> proved = identityCall("POST", "/api/enterprises/" + enterprise + "/confirmations", supervisorToken,
                "{\"confirmation\":" + confirmation + ",\"method\":\"TOTP\",\"code\":\"" + authenticator.code(now) + "\"}");
        assertThat(proved.statusCode()).as(proved.body()).isEqualTo(201);
        String proof = JSON.readTree(proved.body()).get("proof").asString();

        String contentHash = transfer.get("contentHash").asString();
        String transferId = transfer.get("id").asString();
        assertThat(decide(transferId, supervisorToken, contentHash, null).body()).contains("CONFIRMATION_REQUIRED");
        assertThat(decide(transferId, supervisorToken, contentHash, proof).body()).contains("PENDING_AUTHORIZATION");

        // The owner's token still says AUTHORIZER, but the role is revoked: the decision is refused at once.
        JsonNode small = JSON.readTree(submit(cashier, "10000.00").body());
        assertThat(decide(small.get("id").asString(), supervisorToken, small.get("contentHash").asString(), null).body())
                .contains("PENDING_AUTHORIZATION");
        String adminToken = token(admin);
        assertThat(identityCall("POST", "/api/enterprises/" + enterprise + "/role-grants", adminToken,
                "{\"userId\":\"" + owner + "\",\"role\":\"APPLICANT\"}").statusCode()).isEqualTo(201);
        assertThat(identityCall("DELETE", "/api/enterprises/" + enterprise + "/users/" + owner + "/roles/AUTHORIZER", adminToken, "")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> byRevokedOwner = decide(small.get("id").asString(), ownerToken, small.get("contentHash").asString(), null);
        assertThat(byRevokedOwner.statusCode()).isEqualTo(409);
        assertThat(byRevokedOwner.body()).contains("LACKS_ROLE");
    }

    HttpResponse<String> identityCall(String method, String path, String accessToken, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(identity.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSubmittedTransferIsCommittedWithItsEventPublishedAndAppliedOnceByAnotherServiceEvenWhenDeliveredTwice() throws Exception {
        UUID applicant = newApplicant();
        String transferId = submitTransfer(applicant);

        // One transaction: the request row and its outbox entry are both there.
        assertThat(count(approvalDb, "SELECT count(*) FROM transfer_request WHERE id = ?::uuid", transferId)).isEqualTo(1);
        assertThat(count(approvalDb, "SELECT count(*) FROM event_outbox WHERE message_key = ?", transferId)).isEqualTo(1);
        awaitMessages(applicant, 1);

        // The broker delivers the same event again (as after a consumer crash before its offset commit).
        ConsumerRecord<String, String> published;
        try (TopicReader reader = new TopicReader(infrastructure.kafkaBootstrapServers(), TRANSFER_TOPIC)) {
            published = reader.awaitRecords(records -> records.stream().anyMatch(r -> transferId.equals(r.key()))).stream()
                    .filter(r -> transferId.equals(r.key())).findFirst().orElseThrow();
        }
        // The request's trace travels with the event, so the consumer's work joins the producer's trace.
        assertThat(header(published, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        String traceId = header(published, "traceparent").substring(3, 35);
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("target", "service-logs", "notification-service.log")))
                .contains(traceId);

        produce(published.key(), published.value());
        UUID laterApplicant = newApplicant();
        submitTransfer(laterApplicant);
        awaitMessages(laterApplicant, 1);

        assertThat(messagesFor(applicant)).isEqualTo(1);
        assertThat(count(notificationDb, "SELECT count(*) FROM event_inbox WHERE event_id = ?", eventId(published))).isEqualTo(1);
    }

    @Test
    void aPoisonEventLandsOnTheDeadLetterTopicWithTheErrorAndTheConsumerMovesOn() throws Exception {
        try (TopicReader deadLetters = new TopicReader(infrastructure.kafkaBootstrapServers(), TRANSFER_TOPIC + ".dlt")) {
            produce("poison-" + enterprise, "<Document>not an event</Document>");

            ConsumerRecord<String, String> dead = deadLetters.awaitRecords(records -> records.stream()
                    .anyMatch(r -> ("poison-" + enterprise).equals(r.key()))).stream()
                    .filter(r -> ("poison-" + enterprise).equals(r.key())).findFirst().orElseThrow();
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("not a CloudEvents JSON envelope");
            assertThat(dead.value()).isEqualTo("<Document>not an event</Document>");
        }
        UUID applicant = newApplicant();
        submitTransfer(applicant);
        awaitMessages(applicant, 1);
    }

    @Test
    void approvalKilledBetweenPublishingAndMarkingRepublishesAfterRestartAndNotificationStillAppliesOnce() throws Exception {
        // Make the relay's "mark published" fail, so the process is certainly between send and mark when killed.
        execute(approvalDb, """
                CREATE OR REPLACE FUNCTION hold_publication_mark() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'held for the crash test'; END $$ LANGUAGE plpgsql""");
        execute(approvalDb, "CREATE TRIGGER hold_mark BEFORE UPDATE ON event_outbox FOR EACH ROW EXECUTE FUNCTION hold_publication_mark()");
        UUID applicant = newApplicant();
        String transferId;
        try (TopicReader reader = new TopicReader(infrastructure.kafkaBootstrapServers(), TRANSFER_TOPIC)) {
            transferId = submitTransfer(applicant);
            reader.awaitRecords(records -> records.stream().anyMatch(r -> transferId.equals(r.key())));
            awaitMessages(applicant, 1);

            approval.kill();
            execute(approvalDb, "DROP TRIGGER hold_mark ON event_outbox");
            assertThat(count(approvalDb, "SELECT count(*) FROM event_outbox WHERE message_key = ? AND published_at IS NULL", transferId)).isEqualTo(1);

            approval.start();
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    count(approvalDb, "SELECT count(*) FROM event_outbox WHERE message_key = ? AND published_at IS NOT NULL", transferId) == 1);
            List<ConsumerRecord<String, String>> copies = reader.awaitRecords(records -> records.stream()
                    .filter(r -> transferId.equals(r.key())).count() >= 2);
            assertThat(copies.stream().filter(r -> transferId.equals(r.key())).map(ConsumerRecord::value).distinct()).hasSize(1);
        }
        UUID laterApplicant = newApplicant();
        submitTransfer(laterApplicant);
        awaitMessages(laterApplicant, 1);
        assertThat(messagesFor(applicant)).isEqualTo(1);
    }

    void awaitMessages(UUID recipient, long expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> messagesFor(recipient) >= expected);
    }

    long messagesFor(UUID recipient) throws SQLException {
        return count(notificationDb, "SELECT count(*) FROM inbox_message WHERE recipient_id = ?::uuid", recipient.toString());
    }

    static String eventId(ConsumerRecord<String, String> record) {
        JsonNode envelope = JSON.readTree(record.value());
        return envelope.get("id").asString();
    }

    static void produce(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TRANSFER_TOPIC, key, value)).get();
        }
    }

    static long count(DatabaseCoordinates database, String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void execute(DatabaseCoordinates database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            connection.createStatement().execute(sql);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
