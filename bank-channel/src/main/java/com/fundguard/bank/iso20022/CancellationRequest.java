package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A recall: the payer asks its bank to cancel a transfer it ordered. It names the original order by its end-to-end id
 * on the debtor account (and its pain.001 message id when known) and repeats the amount and currency, so the bank can
 * tell that the request is about that order and no other; a request that names the same order again is the same
 * request.
 *
 * @param reasonCode the ISO ExternalCancellationReason1Code (CUST, DUPL, AM09, ...): the bank side reads codes
 *                   {@link CancellationReason} does not name too
 */
public record CancellationRequest(String debtorName, String debtorAccount, String debtorBank, String endToEndId,
                                  Optional<String> originalMessageId, BigDecimal amount, Currency currency, String reasonCode) {

    public CancellationRequest {
        Objects.requireNonNull(debtorName);
        Objects.requireNonNull(debtorAccount);
        Objects.requireNonNull(debtorBank);
        Objects.requireNonNull(originalMessageId);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(reasonCode);
        if (endToEndId == null || endToEndId.isBlank() || endToEndId.length() > 35) {
            throw new IllegalArgumentException("an end-to-end id has 1 to 35 characters");
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("the amount must be positive with at most " + currency.getDefaultFractionDigits() + " decimals");
        }
        if (!reasonCode.matches("[A-Z0-9]{4}")) {
            throw new IllegalArgumentException("a cancellation reason is a four-character ISO code");
        }
    }

    public CancellationRequest(String debtorName, String debtorAccount, String debtorBank, String endToEndId,
                               Optional<String> originalMessageId, BigDecimal amount, Currency currency, CancellationReason reason) {
        this(debtorName, debtorAccount, debtorBank, endToEndId, originalMessageId, amount, currency, reason.isoCode());
    }

    /**
     * The case id of this recall: the same for every request about the same order, so a repeated request is
     * recognisably the same case (35 characters at most, as ISO's Max35Text).
     */
    public String caseId() {
        String id = "CXL" + endToEndId;
        return id.length() > 35 ? id.substring(0, 35) : id;
    }
}
