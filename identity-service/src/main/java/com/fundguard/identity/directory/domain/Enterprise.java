package com.fundguard.identity.directory.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One tenant: a company whose money FundGuard guards. */
public record Enterprise(UUID id, String name, Instant registeredAt) {

    public Enterprise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidDirectoryEntryException("name", "must be 1 to 200 characters");
        }
        name = name.strip();
    }

    /** The same enterprise registered again with the same name is the same registration. */
    public boolean sameRegistrationAs(String otherName) {
        return name.equals(otherName == null ? null : otherName.strip());
    }
}
