package com.fundguard.bank.iso20022;

import java.util.List;
import java.util.Optional;

/**
 * What a bank said about payment orders (a pain.002): the original message, its group status, and per transaction
 * the end-to-end id, the ISO status (ACCP, ACSC, ACSP, PDNG, RJCT, ...) and the reason code when rejected (AC01,
 * AM04, ...).
 */
public record PaymentStatusReport(String messageId, String originalMessageId, Optional<String> groupStatus, List<TransactionStatus> transactions) {

    public record TransactionStatus(String endToEndId, String status, Optional<String> reasonCode, String bankReference) {
    }

    public PaymentStatusReport {
        transactions = List.copyOf(transactions);
    }
}
