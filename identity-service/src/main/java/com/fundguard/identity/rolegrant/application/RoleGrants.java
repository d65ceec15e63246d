package com.fundguard.identity.rolegrant.application;

import com.fundguard.identity.directory.application.DirectoryEvents;
import com.fundguard.identity.directory.application.Users;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import com.fundguard.identity.rolegrant.domain.RoleGrant;
import com.fundguard.identity.rolegrant.domain.RoleGrantRefused;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asking for, confirming, refusing and revoking roles. The actor's roles are read from the directory as they are
 * now, not from their token. A granted or revoked role is written to the person's row in the same transaction, so the
 * next money-moving act that asks for current roles already sees it.
 */
public class RoleGrants {

    private final RoleGrantStore grants;
    private final Users users;
    private final DirectoryEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RoleGrants(RoleGrantStore grants, Users users, DirectoryEvents events, TransactionTemplate transactions, Clock clock) {
        this.grants = grants;
        this.users = users;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public RoleGrant request(UUID enterpriseId, UUID requesterId, UUID userId, Role role) {
        return transactions.execute(status -> {
            RoleGrant.Actor requester = actor(enterpriseId, requesterId);
            User target = person(enterpriseId, userId);
            RoleGrant grant = RoleGrant.request(UUID.randomUUID(), requester, userId, target.roles(), role, now());
            grants.add(grant);
            if (grant.granted()) {
                apply(target, role, true);
            }
            return grant;
        });
    }

    public RoleGrant confirm(UUID enterpriseId, UUID grantId, UUID confirmerId) {
        return decide(enterpriseId, grantId, confirmerId, true);
    }

    public RoleGrant refuse(UUID enterpriseId, UUID grantId, UUID confirmerId) {
        return decide(enterpriseId, grantId, confirmerId, false);
    }

    /** Taking a role away needs no second person: it only lessens what someone may do. It takes effect at once. */
    public User revoke(UUID enterpriseId, UUID adminId, UUID userId, Role role) {
        return transactions.execute(status -> {
            RoleGrant.Actor admin = actor(enterpriseId, adminId);
            if (!admin.roles().contains(Role.ENTERPRISE_ADMIN)) {
                throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_AN_ADMIN, "only an enterprise admin revokes a role");
            }
            User target = person(enterpriseId, userId);
            if (!target.roles().contains(role)) {
                return target;
            }
            if (target.roles().size() == 1) {
                throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_GRANTABLE, "a person keeps at least one role; remove the person instead");
            }
            return apply(target, role, false);
        });
    }

    public List<RoleGrant> pending(UUID enterpriseId) {
        return grants.pending(enterpriseId);
    }

    private RoleGrant decide(UUID enterpriseId, UUID grantId, UUID confirmerId, boolean confirm) {
        return transactions.execute(status -> {
            RoleGrant grant = grants.findForUpdate(enterpriseId, grantId)
                    .orElseThrow(() -> new NoSuchElementException("no role grant " + grantId));
            RoleGrant.Actor confirmer = actor(enterpriseId, confirmerId);
            RoleGrant decided = confirm ? grant.confirm(confirmer, now()) : grant.refuse(confirmer, now());
            grants.update(decided);
            if (decided.granted()) {
                apply(person(enterpriseId, decided.userId()), decided.role(), true);
            }
            return decided;
        });
    }

    private User apply(User target, Role role, boolean add) {
        Set<Role> roles = EnumSet.copyOf(target.roles());
        if (add) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        users.changeRoles(target.enterpriseId(), target.id(), roles);
        User changed = new User(target.id(), target.enterpriseId(), target.username(), target.displayName(), roles, target.registeredAt());
        events.rolesChanged(changed, now());
        return changed;
    }

    private RoleGrant.Actor actor(UUID enterpriseId, UUID userId) {
        User user = person(enterpriseId, userId);
        return new RoleGrant.Actor(user.id(), user.enterpriseId(), user.roles());
    }

    private User person(UUID enterpriseId, UUID userId) {
        return users.byId(userId).filter(u -> u.enterpriseId().equals(enterpriseId))
                .orElseThrow(() -> new NoSuchElementException("no user " + userId + " in this enterprise"));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
