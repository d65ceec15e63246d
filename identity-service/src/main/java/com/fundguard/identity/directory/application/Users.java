package com.fundguard.identity.directory.application;

import com.fundguard.identity.directory.domain.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People of each enterprise; every lookup names the enterprise. */
public interface Users {

    void add(User user, String passwordHash);

    Optional<User> find(UUID enterpriseId, String username);

    List<User> all(UUID enterpriseId);

    /** A person by id alone: for tokens, whose subject is the user id and which name the enterprise themselves. */
    Optional<User> byId(UUID userId);

    /**
     * The phone numbers the enterprise's people registered for SMS codes, by person; people without one are left out.
     * For service callers of the directory (notification-service sends notices by SMS to the same number).
     */
    java.util.Map<UUID, String> phoneNumbers(UUID enterpriseId);

    void changeRoles(UUID enterpriseId, UUID userId, java.util.Set<com.fundguard.identity.directory.domain.Role> roles);
}
