package com.fundguard.notification.notice.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.notification.notice.domain.Person;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Against a real HTTP server answering as identity-service's directory does. */
class IdentityServicePeopleDirectoryTest {

    final UUID enterprise = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();
    HttpServer identity;

    IdentityServicePeopleDirectory directoryAnswering(int status, String body) throws Exception {
        identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identity.createContext("/api/enterprises/" + enterprise + "/users", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        identity.start();
        return new IdentityServicePeopleDirectory(RestClient.create("http://127.0.0.1:" + identity.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        identity.stop(0);
    }

    @Test
    void listsTheHoldersOfTheRoleWithTheirLanguageWhereTheDirectoryGivesOne() throws Exception {
        IdentityServicePeopleDirectory directory = directoryAnswering(200, """
                [{"id": "%s", "username": "li", "displayName": "Li", "roles": ["AUDITOR"], "registeredAt": "2026-11-01T00:00:00Z"},
                 {"id": "%s", "username": "wang", "displayName": "Wang", "roles": ["AUTHORIZER", "ADMIN"], "locale": "en",
                  "registeredAt": "2026-11-01T00:00:00Z"}]
                """.formatted(auditor, authorizer));

        assertThat(directory.holdersOf(enterprise, "AUDITOR")).containsExactly(new Person(auditor, Optional.empty()));
        assertThat(directory.holdersOf(enterprise, "AUTHORIZER")).containsExactly(new Person(authorizer, Optional.of(Locale.ENGLISH)));
        assertThat(directory.holdersOf(enterprise, "CASHIER")).isEmpty();
    }

    @Test
    void aDirectoryThatCannotAnswerIsAnErrorNeverNobody() throws Exception {
        IdentityServicePeopleDirectory directory = directoryAnswering(503, "{}");

        assertThatThrownBy(() -> directory.holdersOf(enterprise, "AUDITOR")).isInstanceOf(RestClientException.class);
    }
}
