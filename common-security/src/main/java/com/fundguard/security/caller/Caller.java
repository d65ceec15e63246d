package com.fundguard.security.caller;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls a FundGuard API, from the verified access token: a person (subject = user id, their enterprise and the
 * roles the token names) or a client acting for itself (subject = client id, its scopes). The roles are the token's;
 * decisions that need the roles held now read them from the directory.
 */
public record Caller(String subject, Optional<UUID> userId, Optional<UUID> enterpriseId, Set<String> roles, Set<String> scopes) {

    public static Caller of(Jwt token) {
        Optional<UUID> userId = uuid(token.getSubject());
        Optional<UUID> enterprise = uuid(token.getClaimAsString("enterprise_id"));
        List<String> named = token.getClaimAsStringList("roles");
        Set<String> roles = named == null ? Set.of() : Set.copyOf(named);
        Collection<String> scopes = token.getClaimAsStringList("scope");
        return new Caller(token.getSubject(), userId, enterprise, roles, scopes == null ? Set.of() : Set.copyOf(scopes));
    }

    public boolean belongsTo(UUID enterprise) {
        return enterpriseId.filter(enterprise::equals).isPresent();
    }

    /** Whether the token names {@code role} (any role enum of the directory) in {@code enterprise}. */
    public boolean holdsIn(UUID enterprise, Enum<?> role) {
        return belongsTo(enterprise) && roles.contains(role.name());
    }

    public boolean holdsIn(UUID enterprise, String role) {
        return belongsTo(enterprise) && roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** The person acting, or a refusal: acts that change people or money are taken by people, not by clients. */
    public UUID person() {
        return userId.filter(id -> enterpriseId.isPresent())
                .orElseThrow(() -> new AccessRefusedException("this act is taken by a signed-in person"));
    }

    /** The person acting in {@code enterprise}, or a refusal: another enterprise's people and clients do not act here. */
    public UUID personIn(UUID enterprise) {
        if (!belongsTo(enterprise)) {
            throw new AccessRefusedException("the caller belongs to another enterprise");
        }
        return person();
    }

    /**
     * The person acting in {@code enterprise} who holds {@code role} there per the token, or a refusal saying
     * {@code act}. For settings; money-moving acts check the roles held now in the directory instead.
     */
    public UUID personHolding(UUID enterprise, String role, String act) {
        UUID person = personIn(enterprise);
        if (!holdsIn(enterprise, role)) {
            throw new AccessRefusedException("only a holder of " + role + " " + act);
        }
        return person;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
