package com.fundguard.sms;

/**
 * Sends a text message to a phone. The SPI a production adapter (an SMS gateway's contract) implements; the sandbox
 * adapter keeps messages in a database table for the local stack and tests.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Idempotent per {@link SmsMessage#messageId()}: sending the same id again (a retry after a timeout, a redelivered
 *   event) does not reach the phone a second time. Gateways that take a client reference get the id as that reference.</li>
 *   <li>A message that cannot go now but may later throws {@link SmsNotSent.Deferred}; the caller keeps it and retries
 *   with the same id. One that will never go (unknown number, refused by the gateway) throws
 *   {@link SmsNotSent.Refused}; the caller does not retry it.</li>
 *   <li>The text is never logged nor put into an exception: it may hold a one-time code.</li>
 * </ul>
 */
public interface SmsSender {

    void send(SmsMessage message);
}
