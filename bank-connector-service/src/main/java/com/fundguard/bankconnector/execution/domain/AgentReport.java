package com.fundguard.bankconnector.execution.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What an agent reports about its attempt.
 *
 * @param bankReference with EXECUTED
 * @param reasonCode    with FAILED (the bank's ISO reason) and NOT_SENT (why nothing left)
 */
public record AgentReport(Outcome outcome, Optional<String> bankReference, Optional<String> reasonCode) {

    public enum Outcome {
        /** The bank booked it. */
        EXECUTED,
        /** The bank refused it; nothing booked. */
        FAILED,
        /** The order left and no answer said what happened. */
        OUTCOME_UNKNOWN,
        /** The bank already holds an order with this end-to-end id: its fate is asked by inquiry. */
        DUPLICATE_AT_BANK,
        /** Nothing left the agent (the token refused the PIN, the bank could not be reached...). */
        NOT_SENT,
        /** The order did not match the approved content's hash; nothing was signed or sent. */
        CONTENT_MISMATCH
    }

    public AgentReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(reasonCode, "reasonCode");
        if (outcome == Outcome.EXECUTED && bankReference.isEmpty()) {
            throw new InvalidReportException("bankReference", "an EXECUTED report names the bank's reference");
        }
        if ((outcome == Outcome.FAILED || outcome == Outcome.NOT_SENT) && reasonCode.isEmpty()) {
            throw new InvalidReportException("reasonCode", "a " + outcome + " report names its reason");
        }
    }
}
