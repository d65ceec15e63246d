package com.fundguard.test.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who calls the API in a test: an access token of that person in that enterprise. Spring Security's test support
 * builds it (the token's signature path is shown against the real identity-service in the system test); the actor is
 * its subject, as in production, never a value in the body.
 */
public final class Callers {

    private Callers() {
    }

    public static RequestPostProcessor as(UUID person, UUID enterprise) {
        return jwt().jwt(token -> token.subject(person.toString()).claim("enterprise_id", enterprise.toString()));
    }

    /** A person of the enterprise whose token names these roles (AUDITOR, AUTHORIZER, ...). */
    public static RequestPostProcessor holding(UUID person, UUID enterprise, String... roles) {
        return jwt().jwt(token -> token.subject(person.toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", java.util.List.of(roles)));
    }

    /** Someone of the enterprise, when who it is does not matter to the test. */
    public static RequestPostProcessor memberOf(UUID enterprise) {
        return as(UUID.randomUUID(), enterprise);
    }
}
