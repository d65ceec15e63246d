package com.fundguard.rules.ruleset.adapter.out.identity;

import com.fundguard.rules.ruleset.application.PublisherRoles;
import java.util.List;
import java.util.UUID;
import org.springframework.web.client.RestClient;

/** Asks identity-service for the person's current roles. Fails closed: no answer, no publication. */
public class IdentityServicePublisherRoles implements PublisherRoles {

    private final RestClient identity;

    public IdentityServicePublisherRoles(RestClient identity) {
        this.identity = identity;
    }

    record UserView(UUID id, List<String> roles) {
    }

    @Override
    public boolean isAuthorizer(UUID enterpriseId, UUID userId) {
        UserView[] users = identity.get().uri("/api/enterprises/{e}/users", enterpriseId).retrieve().body(UserView[].class);
        if (users == null) {
            return false;
        }
        for (UserView user : users) {
            if (userId.equals(user.id())) {
                return user.roles().contains("AUTHORIZER");
            }
        }
        return false;
    }
}
