package com.fundguard.sms;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text message: {@code messageId} names it for idempotency (the same id is sent once, see {@link SmsSender}),
 * {@code phoneNumber} is E.164 ({@code +8613800138000}). {@link #toString()} leaves the text out: it may hold a code.
 */
public record SmsMessage(String messageId, String phoneNumber, String text) {

    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public SmsMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(text, "text");
        if (messageId.isBlank()) {
            throw new IllegalArgumentException("an SMS needs a message id to be sent once");
        }
        if (!E164.matcher(phoneNumber).matches()) {
            // The number is not a secret; the text is, and stays out of the message.
            throw new IllegalArgumentException("not an E.164 phone number: " + phoneNumber);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("an SMS has a text");
        }
    }

    @Override
    public String toString() {
        return "SmsMessage[messageId=" + messageId + ", phoneNumber=" + phoneNumber + ", text=(" + text.length() + " chars)]";
    }
}
