package com.fundguard.identity.directory.adapter.out.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Published contracts on the {@code identity} topic. No credential of any kind is ever part of them. */
final class DirectoryEventContracts {

    private DirectoryEventContracts() {
    }

    record EnterpriseRegisteredV1(UUID enterpriseId, String name, Instant registeredAt) {
        static final String TYPE = "com.fundguard.identity.enterprise-registered.v1";
    }

    record UserRegisteredV1(UUID userId, String username, String displayName, List<String> roles, Instant registeredAt) {
        static final String TYPE = "com.fundguard.identity.user-registered.v1";
    }

    record RolesChangedV1(UUID userId, List<String> roles, Instant changedAt) {
        static final String TYPE = "com.fundguard.identity.roles-changed.v1";
    }
}
