package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.Route;
import java.util.List;

/** The rules' answer at submission: the route, or the reasons the request may not be submitted at all. */
public record RoutingOutcome(Route route, List<String> blocks) {

    public RoutingOutcome {
        blocks = List.copyOf(blocks);
    }

    public static RoutingOutcome routed(Route route) {
        return new RoutingOutcome(route, List.of());
    }
}
