package com.fundguard.agent.execution;

import java.util.Objects;

/**
 * What the agent tells the platform an attempt came to ({@code POST /api/agent/claims/{id}/result}). Never holds a
 * password or a PIN: reasons are codes, details are the agent's own words.
 */
public record ExecutionReport(Outcome outcome, String bankReference, String reasonCode, String detail) {

    public enum Outcome { EXECUTED, FAILED, OUTCOME_UNKNOWN, DUPLICATE_AT_BANK, NOT_SENT, CONTENT_MISMATCH }

    /** Why nothing left the agent ({@link Outcome#NOT_SENT}), or why the bank refused the login ({@link Outcome#FAILED}). */
    public static final String PIN_REFUSED = "PIN_REFUSED";
    public static final String BANK_UNREACHABLE = "BANK_UNREACHABLE";
    public static final String NO_CREDENTIALS = "NO_CREDENTIALS";
    public static final String CREDENTIALS_UNREADABLE = "CREDENTIALS_UNREADABLE";
    public static final String INVALID_ORDER = "INVALID_ORDER";
    public static final String LOGIN_REFUSED = "LOGIN_REFUSED";

    public ExecutionReport {
        Objects.requireNonNull(outcome);
    }

    public static ExecutionReport executed(String bankReference) {
        return new ExecutionReport(Outcome.EXECUTED, Objects.requireNonNull(bankReference), null, null);
    }

    public static ExecutionReport failed(String reasonCode, String detail) {
        return new ExecutionReport(Outcome.FAILED, null, reasonCode, detail);
    }

    public static ExecutionReport outcomeUnknown(String detail) {
        return new ExecutionReport(Outcome.OUTCOME_UNKNOWN, null, null, detail);
    }

    public static ExecutionReport duplicateAtBank() {
        return new ExecutionReport(Outcome.DUPLICATE_AT_BANK, null, "DUPL", "the bank already holds an order with this end-to-end id");
    }

    public static ExecutionReport notSent(String reasonCode, String detail) {
        return new ExecutionReport(Outcome.NOT_SENT, null, reasonCode, detail);
    }

    public static ExecutionReport contentMismatch() {
        return new ExecutionReport(Outcome.CONTENT_MISMATCH, null, null,
                "the order does not hash to the approved content; nothing was signed or sent");
    }
}
