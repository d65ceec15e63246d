package com.fundguard.identity.directory.application;

import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.User;

/** Publishes directory changes through the outbox, in the transaction of the change. */
public interface DirectoryEvents {

    void enterpriseRegistered(Enterprise enterprise);

    void userRegistered(User user);

    /** A person's roles changed (a grant took effect or a role was revoked); {@code user} holds the new roles. */
    void rolesChanged(User user, java.time.Instant changedAt);
}
