package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A transfer request as the API shows it; the amount is a decimal string so no client parses it as a float. */
record TransferView(UUID id, String reference, String state, UUID applicantId, String payerAccount, PayeeView payee,
                    AmountView amount, String purpose, LocalDate requestedExecutionDate, List<UUID> voucherIds,
                    Instant submittedAt) {

    record PayeeView(String name, String accountNumber, String bankCode, String type) {
    }

    record AmountView(String value, String currency) {
    }

    static TransferView of(TransferRequest request) {
        TransferDetails details = request.details();
        return new TransferView(request.id(), request.reference().value(), request.state().name(), request.applicantId(),
                details.payerAccount(),
                new PayeeView(details.payee().name(), details.payee().accountNumber(), details.payee().bankCode(),
                        details.payee().type().name()),
                new AmountView(details.amount().amount().toPlainString(), details.amount().currency().getCurrencyCode()),
                details.purpose(), details.requestedExecutionDate(), details.voucherIds(), request.submittedAt());
    }
}
