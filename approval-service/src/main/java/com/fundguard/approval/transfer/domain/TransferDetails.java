package com.fundguard.approval.transfer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the applicant asks for: the content that approvers approve and the bank executes, unchanged.
 *
 * @param payerAccount           the enterprise's account the money leaves
 * @param requestedExecutionDate the day the applicant wants the money to move
 * @param voucherIds             the captured vouchers (invoice, contract, receipt...) that justify the payment
 */
public record TransferDetails(String payerAccount, Payee payee, Money amount, String purpose,
                              LocalDate requestedExecutionDate, List<UUID> voucherIds) {

    public TransferDetails {
        if (payerAccount == null || payerAccount.isBlank()) {
            throw new InvalidTransferException("payerAccount", "is required");
        }
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidTransferException("amount", "must be positive");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidTransferException("purpose", "is required");
        }
        if (requestedExecutionDate == null) {
            throw new InvalidTransferException("requestedExecutionDate", "is required");
        }
        voucherIds = List.copyOf(voucherIds);
    }
}
