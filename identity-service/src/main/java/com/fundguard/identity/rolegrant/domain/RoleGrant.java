package com.fundguard.identity.rolegrant.domain;

import com.fundguard.identity.directory.domain.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A role given to a person of one enterprise. An enterprise admin asks; a role that decides on money (AUDITOR,
 * AUTHORIZER) then waits for a second person, another admin or an authorizer, to confirm or refuse it; other roles
 * are granted at once. Nobody grants a role to themself, and nobody confirms a grant they asked for or that is for
 * them. Each act returns the grant as it now is, or throws {@link RoleGrantRefused} naming the rule.
 */
public record RoleGrant(UUID id, UUID enterpriseId, UUID userId, Role role, State state, UUID requestedBy,
                        Instant requestedAt, UUID decidedBy, Instant decidedAt) {

    public enum State {
        PENDING, GRANTED, REFUSED
    }

    /** Someone acting on grants, with the roles they hold now in that enterprise. */
    public record Actor(UUID userId, UUID enterpriseId, Set<Role> roles) {
    }

    public RoleGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** An admin asks to give {@code role} to {@code userId}, who now holds {@code heldNow}. */
    public static RoleGrant request(UUID id, Actor requester, UUID userId, Set<Role> heldNow, Role role, Instant now) {
        if (!requester.roles().contains(Role.ENTERPRISE_ADMIN)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_AN_ADMIN, "only an enterprise admin asks for a role");
        }
        if (requester.userId().equals(userId)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.SELF_GRANT, "nobody grants a role to themself");
        }
        if (heldNow.contains(role)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.ALREADY_HELD, "the person already holds " + role);
        }
        if (role == Role.PLATFORM_OPS) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_GRANTABLE, "PLATFORM_OPS belongs to the operating institution");
        }
        boolean needsSecondPerson = role.decidesOnMoney();
        return new RoleGrant(id, requester.enterpriseId(), userId, role, needsSecondPerson ? State.PENDING : State.GRANTED,
                requester.userId(), now, needsSecondPerson ? null : requester.userId(), needsSecondPerson ? null : now);
    }

    public RoleGrant confirm(Actor confirmer, Instant now) {
        checkSecondPerson(confirmer);
        return new RoleGrant(id, enterpriseId, userId, role, State.GRANTED, requestedBy, requestedAt, confirmer.userId(), now);
    }

    public RoleGrant refuse(Actor confirmer, Instant now) {
        checkSecondPerson(confirmer);
        return new RoleGrant(id, enterpriseId, userId, role, State.REFUSED, requestedBy, requestedAt, confirmer.userId(), now);
    }

    public boolean granted() {
        return state == State.GRANTED;
    }

    private void checkSecondPerson(Actor confirmer) {
        if (state != State.PENDING) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_PENDING, "the grant is " + state + ", not waiting for a decision");
        }
        if (!confirmer.enterpriseId().equals(enterpriseId)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_A_SECOND_PERSON, "the grant is of another enterprise");
        }
        if (confirmer.userId().equals(requestedBy)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_A_SECOND_PERSON, "the person who asked cannot also confirm");
        }
        if (confirmer.userId().equals(userId)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.SELF_GRANT, "nobody confirms a role for themself");
        }
        if (!confirmer.roles().contains(Role.ENTERPRISE_ADMIN) && !confirmer.roles().contains(Role.AUTHORIZER)) {
            throw new RoleGrantRefused(RoleGrantRefused.Reason.NOT_A_SECOND_PERSON, "an enterprise admin or an authorizer confirms");
        }
    }
}
