package com.fundguard.rules.evaluation.domain;

import java.util.Objects;

/** A step of a route: a role (AUDITOR or AUTHORIZER) and how many different people of it must approve. */
public record Step(String name, String role, int quorum) {

    public Step {
        Objects.requireNonNull(name);
        if (!role.equals("AUDITOR") && !role.equals("AUTHORIZER")) {
            throw new InvalidRuleBookException("role", "a step is decided by AUDITOR or AUTHORIZER, not " + role);
        }
        if (quorum < 1 || quorum > 10) {
            throw new InvalidRuleBookException("quorum", "a quorum is 1 to 10 people");
        }
    }

    public static Step audit() {
        return new Step("AUDIT", "AUDITOR", 1);
    }

    public static Step authorization() {
        return new Step("AUTHORIZATION", "AUTHORIZER", 1);
    }

    Step withQuorum(int newQuorum) {
        return new Step(name, role, newQuorum);
    }
}
