package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.ApproverRole;
import java.util.Set;
import java.util.UUID;

/**
 * The roles a person holds in an enterprise right now, asked at every decision (identity-service is the source):
 * a role revoked a minute ago must not decide, whatever a token issued earlier says.
 */
public interface ApproverDirectory {

    Set<ApproverRole> currentRoles(UUID enterpriseId, UUID userId);
}
