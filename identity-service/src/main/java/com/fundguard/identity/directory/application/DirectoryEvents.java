package com.fundguard.identity.directory.application;

import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.User;

/** Publishes directory changes through the outbox, in the transaction of the change. */
public interface DirectoryEvents {

    void enterpriseRegistered(Enterprise enterprise);

    void userRegistered(User user);
}
