package com.fundguard.approval.transfer.application;

/** The enterprise's rules could not be evaluated; the request is not submitted (never routed past unevaluated rules). */
public class RoutingUnavailableException extends RuntimeException {

    public RoutingUnavailableException(String message) {
        super(message);
    }
}
