package com.fundguard.rules;

import com.fundguard.rules.ruleset.application.PublisherRoles;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for identity-service's "is this person an authorizer now"; the real one answers in the system test. */
@TestConfiguration
public class AuthorizersForTests {

    public static final Set<UUID> AUTHORIZERS = ConcurrentHashMap.newKeySet();

    public static UUID authorizer() {
        UUID id = UUID.randomUUID();
        AUTHORIZERS.add(id);
        return id;
    }

    @Bean
    @Primary
    PublisherRoles authorizersTheTestControls() {
        return (enterpriseId, userId) -> AUTHORIZERS.contains(userId);
    }
}
