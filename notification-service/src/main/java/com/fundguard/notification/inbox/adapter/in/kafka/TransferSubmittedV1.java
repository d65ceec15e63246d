package com.fundguard.notification.inbox.adapter.in.kafka;

import java.util.UUID;

/**
 * This service's reading of approval-service's published {@code com.fundguard.transfer.submitted.v1}: only the
 * fields it needs (tolerant reader), so the producer may add fields without breaking it.
 */
record TransferSubmittedV1(UUID transferId, String reference, UUID applicantId, Payee payee, String amount,
                           String currency) {

    static final String TYPE = "com.fundguard.transfer.submitted.v1";

    record Payee(String name, String maskedAccountNumber) {
    }
}
