package com.fundguard.identity.directory.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person of one enterprise. The password hash lives only in the persistence adapter's row, never here: nothing
 * that holds a User can leak it.
 */
public record User(UUID id, UUID enterpriseId, String username, String displayName, Set<Role> roles, Instant registeredAt) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidDirectoryEntryException("username", "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidDirectoryEntryException("displayName", "must be 1 to 200 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidDirectoryEntryException("roles", "must name at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
