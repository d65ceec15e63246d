package com.fundguard.bank.iso20022;

import java.util.Objects;

/** A camt.055 as the bank read it: the sender's assignment (case) id its camt.029 answer refers back to, and the request. */
public record ReceivedCancellationRequest(String assignmentId, CancellationRequest request) {

    public ReceivedCancellationRequest {
        Objects.requireNonNull(assignmentId);
        Objects.requireNonNull(request);
    }
}
