package com.fundguard.bankconnector.execution.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An authorized transfer as the bank will be told it, exactly as approved, with the hash the approvers confirmed
 * (the agent recomputes it from the order it signs). The payer's name and bank are the payer account's registration.
 */
public record ExecutionOrder(UUID transferId, UUID enterpriseId, String reference, String payerAccount, String payerName,
                             String payerBankCode, String payeeName,
                             String payeeAccount, String payeeBankCode, String payeeType, BigDecimal amount, Currency currency,
                             String purpose, LocalDate requestedExecutionDate, List<UUID> voucherIds, String contentHash) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public ExecutionOrder {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payerAccount, "payerAccount");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(payerBankCode, "payerBankCode");
        Objects.requireNonNull(payeeName, "payeeName");
        Objects.requireNonNull(payeeAccount, "payeeAccount");
        Objects.requireNonNull(payeeBankCode, "payeeBankCode");
        Objects.requireNonNull(payeeType, "payeeType");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        voucherIds = List.copyOf(voucherIds);
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("an order's amount is positive");
        }
        if (contentHash == null || !HASH.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("an order carries the approved content's SHA-256 in lower-case hex");
        }
    }

    /**
     * The transfer's end-to-end id: its id as 32 hex digits, the same for every attempt, so a bank that refuses a
     * reused id makes a second booking impossible.
     */
    public String endToEndId() {
        return endToEndIdOf(transferId);
    }

    public static String endToEndIdOf(UUID transferId) {
        return HexFormat.of().toHexDigits(transferId.getMostSignificantBits()) + HexFormat.of().toHexDigits(transferId.getLeastSignificantBits());
    }
}
