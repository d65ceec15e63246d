package com.fundguard.notification.notice.adapter.in.kafka;

import java.util.List;
import java.util.UUID;

/**
 * This service's reading of approval-service's transfer events (submitted, audited, step-approved, authorized,
 * rejected, cancelled, expired; all V1): the union of the fields it needs, each event filling its own (tolerant
 * reader). The approvals (audited, step-approved, authorized) name who approved ({@code approvedBy}; empty from a
 * producer before it named them); rejected and cancelled name who decided; audited and step-approved name the state
 * the transfer moved to ({@code nextState}).
 */
record TransferEventV1(UUID transferId, String reference, UUID applicantId, Payee payee, String amount,
                       String currency, Route route, Integer stepIndex, UUID rejectedBy, UUID cancelledBy,
                       String reason, String nextState, List<UUID> approvedBy) {

    /** Everyone this event names as having decided on the transfer. */
    List<UUID> deciders() {
        List<UUID> deciders = new java.util.ArrayList<>(approvedBy == null ? List.of() : approvedBy);
        java.util.stream.Stream.of(rejectedBy, cancelledBy).filter(java.util.Objects::nonNull).forEach(deciders::add);
        return List.copyOf(deciders);
    }

    record Payee(String name, String maskedAccountNumber) {
    }

    record Route(List<Step> steps) {
    }

    record Step(String role) {
    }
}
