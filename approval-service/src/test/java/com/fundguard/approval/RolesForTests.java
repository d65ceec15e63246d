package com.fundguard.approval;

import com.fundguard.approval.transfer.application.ApproverDirectory;
import com.fundguard.approval.transfer.domain.ApproverRole;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for identity-service's answer "which roles does this person hold now": tests grant and revoke roles
 * between two decisions. The real identity-service answers in the system test.
 */
@TestConfiguration
public class RolesForTests {

    public static final Map<UUID, Set<ApproverRole>> ROLES = new ConcurrentHashMap<>();

    public static UUID person(ApproverRole... roles) {
        UUID id = UUID.randomUUID();
        ROLES.put(id, Set.of(roles));
        return id;
    }

    @Bean
    @Primary
    ApproverDirectory rolesTheTestControls() {
        return (enterpriseId, userId) -> ROLES.getOrDefault(userId, Set.of());
    }
}
