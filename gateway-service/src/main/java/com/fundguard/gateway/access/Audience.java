package com.fundguard.gateway.access;

import java.util.List;
import java.util.Set;

/** Who may use a route, one kind per way of proving it. */
public sealed interface Audience {

    /** Anyone, signed in or not: sign-in itself, the platform CA's public material, health. */
    record Anyone() implements Audience {
    }

    /**
     * People holding one of the roles. When the route names an {@code {enterpriseId}}, only for their own
     * enterprise (the token's {@code enterprise_id}).
     */
    record People(Set<Role> roles) implements Audience {
    }

    /** Holders of one of the roles, for any enterprise named in the path: the platform's own operators. */
    record AnyEnterprise(Set<Role> roles) implements Audience {
    }

    /** A client acting for itself (client credentials) whose token carries the scope, for any enterprise. */
    record ClientScope(String scope) implements Audience {
    }

    /** Any one of these suffices; when none does, the first one's refusal is the answer. */
    record Either(List<Audience> alternatives) implements Audience {
    }

    /** Whoever the path's {@code {userId}} names (the token's {@code sub}), in their own enterprise. */
    record OwnerOfPath() implements Audience {
    }

    /**
     * An enrolled operator agent: a client certificate from the platform CA, valid and not revoked, and an OPERATOR
     * token bound to that certificate (RFC 8705) for the enterprise and agent the certificate names.
     */
    record Agent() implements Audience {
    }
}
