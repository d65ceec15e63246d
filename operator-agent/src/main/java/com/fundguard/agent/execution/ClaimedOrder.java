package com.fundguard.agent.execution;

import com.fundguard.bank.iso20022.PaymentOrder;
import com.fundguard.crypto.canonical.ApprovedContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The order the platform handed over with a claim, as agent-api.md describes it, and {@code contentHash}: the hash
 * of the content the approvers confirmed. Nothing here is trusted until {@link #matchesApprovedContent} says the
 * order about to be signed is the one they approved.
 */
public record ClaimedOrder(UUID transferId, String reference, String endToEndId, String payerAccount, String payerName,
                           String payerBankCode, String payeeName, String payeeAccount, String payeeBankCode, String payeeType,
                           BigDecimal amount, Currency currency, String purpose, LocalDate requestedExecutionDate,
                           List<UUID> voucherIds, String contentHash) {

    public ClaimedOrder {
        voucherIds = List.copyOf(voucherIds);
    }

    /** The pain.001 content: every field the bank acts on comes from here, and here only. */
    public PaymentOrder paymentOrder() {
        return new PaymentOrder(endToEndId, payerName, payerAccount, payerBankCode, payeeName, payeeAccount, payeeBankCode,
                amount, currency, requestedExecutionDate, purpose);
    }

    /**
     * Whether the payment order this agent would sign hashes to what the approvers confirmed. The hash is computed
     * from the {@link PaymentOrder} itself (with the transfer id, payee type and vouchers beside it), so a field the
     * bank acts on cannot differ from what was approved; and the end-to-end id must be the transfer's own
     * (channel-protocol.md), or an inquiry would ask about another order.
     */
    public boolean matchesApprovedContent() {
        PaymentOrder order = paymentOrder();
        String hash = new ApprovedContent(transferId, order.debtorAccount(), order.creditorName(), order.creditorAccount(),
                order.creditorBank(), payeeType, order.amount(), order.currency(), order.remittanceInformation(),
                order.requestedExecutionDate(), voucherIds).hash();
        return hash.equals(contentHash == null ? null : contentHash.toLowerCase(Locale.ROOT))
                && order.endToEndId().equals(transferId.toString().replace("-", ""));
    }
}
