package com.fundguard.notification.delivery.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Against a real HTTP server answering as identity-service's directory answers a service caller. */
class IdentityServicePhoneNumbersTest {

    final UUID enterprise = UUID.randomUUID();
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();
    final UUID personOfTheOther = UUID.randomUUID();
    HttpServer identity;

    IdentityServicePhoneNumbers directoryAnswering(int status) throws Exception {
        identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("/api/enterprises/" + enterprise + "/users", status, """
                [{"id": "%s", "username": "li", "displayName": "Li", "roles": ["AUDITOR"], "registeredAt": "2026-11-01T00:00:00Z",
                  "phoneNumber": "+8613800000001"},
                 {"id": "%s", "username": "wang", "displayName": "Wang", "roles": ["APPLICANT"], "registeredAt": "2026-11-01T00:00:00Z"}]
                """.formatted(auditor, cashier));
        answer("/api/enterprises/" + otherEnterprise + "/users", status, """
                [{"id": "%s", "username": "zhao", "displayName": "Zhao", "roles": ["AUDITOR"], "registeredAt": "2026-11-01T00:00:00Z",
                  "phoneNumber": "+8613900000009"}]
                """.formatted(personOfTheOther));
        identity.start();
        return new IdentityServicePhoneNumbers(RestClient.create("http://127.0.0.1:" + identity.getAddress().getPort()));
    }

    void answer(String path, int status, String body) {
        identity.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        identity.stop(0);
    }

    @Test
    void givesTheNumberThePersonRegisteredAndNothingForSomeoneWithout() throws Exception {
        IdentityServicePhoneNumbers numbers = directoryAnswering(200);

        assertThat(numbers.of(enterprise, auditor)).contains("+8613800000001");
        assertThat(numbers.of(enterprise, cashier)).isEmpty();
    }

    @Test
    void aPersonOfAnotherEnterpriseIsNotInTheListSoTheirNumberNeverComesBack() throws Exception {
        IdentityServicePhoneNumbers numbers = directoryAnswering(200);

        assertThat(numbers.of(enterprise, personOfTheOther)).isEmpty();
        assertThat(numbers.of(otherEnterprise, personOfTheOther)).contains("+8613900000009");
    }

    @Test
    void aDirectoryThatCannotAnswerIsAnErrorNeverNoNumber() throws Exception {
        IdentityServicePhoneNumbers numbers = directoryAnswering(503);

        assertThatThrownBy(() -> numbers.of(enterprise, auditor)).isInstanceOf(RestClientException.class);
    }
}
