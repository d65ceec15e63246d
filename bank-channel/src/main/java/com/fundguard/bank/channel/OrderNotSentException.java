package com.fundguard.bank.channel;

/** The request never reached the bank (connection refused, TLS handshake failed, circuit open): safe to try later. */
public class OrderNotSentException extends RuntimeException {

    public OrderNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
