package com.fundguard.bank.channel;

/**
 * The request may have reached the bank but no answer came back that says what happened (timeout after sending,
 * connection lost, 5xx). For a submission: the order may be booked; only an inquiry decides, never a resend.
 */
public class OutcomeUnknownException extends RuntimeException {

    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
