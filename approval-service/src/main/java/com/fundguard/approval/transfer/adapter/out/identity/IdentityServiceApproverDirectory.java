package com.fundguard.approval.transfer.adapter.out.identity;

import com.fundguard.approval.transfer.application.ApproverDirectory;
import com.fundguard.approval.transfer.domain.ApproverRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.client.RestClient;

/**
 * Asks identity-service for the roles a person holds now. Fails closed: if identity-service cannot answer, the
 * decision is refused (an exception), never taken on stale roles.
 */
public class IdentityServiceApproverDirectory implements ApproverDirectory {

    private final RestClient identity;

    public IdentityServiceApproverDirectory(RestClient identity) {
        this.identity = identity;
    }

    record UserView(UUID id, List<String> roles) {
    }

    @Override
    public Set<ApproverRole> currentRoles(UUID enterpriseId, UUID userId) {
        UserView[] users = identity.get().uri("/api/enterprises/{e}/users", enterpriseId).retrieve().body(UserView[].class);
        Set<ApproverRole> roles = EnumSet.noneOf(ApproverRole.class);
        if (users != null) {
            for (UserView user : users) {
                if (userId.equals(user.id())) {
                    user.roles().stream().filter(r -> r.equals("AUDITOR") || r.equals("AUTHORIZER"))
                            .map(ApproverRole::valueOf).forEach(roles::add);
                }
            }
        }
        return roles;
    }
}
