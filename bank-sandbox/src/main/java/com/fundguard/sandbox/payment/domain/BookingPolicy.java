package com.fundguard.sandbox.payment.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The sandbox bank's rules for moving money out of an account: the debtor account must exist here, be unfrozen, be
 * in the order's currency and hold the amount; a creditor account said to be at this bank must exist here and be
 * unfrozen too (one at another bank is only debited here). Checked in that order, the first failure is the answer.
 */
public final class BookingPolicy {

    private BookingPolicy() {
    }

    /**
     * @param creditor empty for a creditor at another bank; for one said to be here, the account or null if there is none
     */
    public static BookingDecision decide(Optional<AccountPosition> debtor, CreditorSide creditor, BigDecimal amount, Currency currency) {
        if (debtor.isEmpty() || creditor instanceof CreditorSide.Here here && here.account().isEmpty()) {
            return new BookingDecision.Refuse(RefusalReason.UNKNOWN_ACCOUNT);
        }
        AccountPosition payer = debtor.get();
        if (payer.frozen() || creditor instanceof CreditorSide.Here here && here.account().get().frozen()) {
            return new BookingDecision.Refuse(RefusalReason.BLOCKED_ACCOUNT);
        }
        if (!payer.currency().equals(currency) || creditor instanceof CreditorSide.Here here && !here.account().get().currency().equals(currency)) {
            return new BookingDecision.Refuse(RefusalReason.CURRENCY_NOT_ALLOWED);
        }
        if (payer.balance().compareTo(amount) < 0) {
            return new BookingDecision.Refuse(RefusalReason.INSUFFICIENT_FUNDS);
        }
        return new BookingDecision.Book();
    }

    /** Where the money goes: an account of this bank (which may not exist), or another bank. */
    public sealed interface CreditorSide {

        record Here(Optional<AccountPosition> account) implements CreditorSide {
        }

        record OtherBank() implements CreditorSide {
        }
    }
}
