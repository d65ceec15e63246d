package com.fundguard.identity.secondfactor.application;

/**
 * Sends a text message. The SPI production adapters (an SMS gateway contract) implement; the sandbox sender keeps
 * messages in the database for the local stack and tests. Implementations never log the text: it holds a code.
 */
public interface SmsSender {

    void send(String phoneNumber, String text);
}
