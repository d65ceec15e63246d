package com.fundguard.identity.rolegrant.application;

import com.fundguard.identity.rolegrant.domain.RoleGrant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RoleGrantStore {

    void add(RoleGrant grant);

    /** Locks the row for the deciding transaction, so two confirmations at once make one decision. */
    Optional<RoleGrant> findForUpdate(UUID enterpriseId, UUID grantId);

    void update(RoleGrant grant);

    List<RoleGrant> pending(UUID enterpriseId);
}
