package com.fundguard.rules.ruleset.application;

import java.util.UUID;

/** Whether a person holds AUTHORIZER in the enterprise now (identity-service answers): only they publish rules. */
public interface PublisherRoles {

    boolean isAuthorizer(UUID enterpriseId, UUID userId);

    class NotAnAuthorizerException extends RuntimeException {
        public NotAnAuthorizerException() {
            super("only an authorizer publishes a rule set");
        }
    }
}
