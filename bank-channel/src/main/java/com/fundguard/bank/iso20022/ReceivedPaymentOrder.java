package com.fundguard.bank.iso20022;

import java.util.Objects;

/**
 * A pain.001 as the bank read it: the order, and the sender's message and payment-information ids its status
 * reports refer back to.
 */
public record ReceivedPaymentOrder(String messageId, String paymentInformationId, PaymentOrder order) {

    public ReceivedPaymentOrder {
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(paymentInformationId);
        Objects.requireNonNull(order);
    }
}
