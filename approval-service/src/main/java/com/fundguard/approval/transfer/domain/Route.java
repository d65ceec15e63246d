package com.fundguard.approval.transfer.domain;

import java.util.List;
import java.util.Objects;

/**
 * The approvals a request needs, decided once at submission and frozen with the request: a later change of the
 * rules never changes the route of a request already on its way.
 *
 * @param decidedBy  which rule set (and version) produced the route, e.g. {@code builtin-default@1}
 * @param steps      in order; empty means nothing to approve (the rules allowed it) and the request is authorized
 * @param riskFlags  what the rules noticed, for the deciders to see
 */
public record Route(String decidedBy, List<RouteStep> steps, List<String> riskFlags) {

    public Route {
        Objects.requireNonNull(decidedBy, "decidedBy");
        steps = List.copyOf(steps);
        riskFlags = List.copyOf(riskFlags);
    }

    public boolean hasStep(int index) {
        return index < steps.size();
    }

    public RouteStep step(int index) {
        return steps.get(index);
    }
}
