package com.fundguard.approval.transfer.domain;

import java.util.Objects;

/**
 * One step of a route: which role decides and how many different people of that role must approve.
 *
 * @param name   AUDIT, AUTHORIZATION, or a step a rule added
 * @param quorum approvals needed from different people, at least 1
 */
public record RouteStep(String name, ApproverRole role, int quorum) {

    public RouteStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (quorum < 1) {
            throw new IllegalArgumentException("a step needs at least one approval");
        }
    }

    public static RouteStep audit() {
        return new RouteStep("AUDIT", ApproverRole.AUDITOR, 1);
    }

    public static RouteStep authorization() {
        return new RouteStep("AUTHORIZATION", ApproverRole.AUTHORIZER, 1);
    }
}
