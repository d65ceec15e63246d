package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One account's statement of one day as the bank writes it (camt.053): booked balances at the day's opening and
 * closing, and every booking of the day in order. The lines add up: opening plus credits minus debits is closing.
 */
public record AccountStatement(String statementId, Instant createdAt, String account, String ownerName, Currency currency,
                               LocalDate day, BigDecimal openingBalance, BigDecimal closingBalance, List<Line> lines) {

    /** What kind of booking a line is, as ISO's bank transaction codes (domain PMNT) name it. */
    public enum Kind {
        /** A credit transfer this account's owner ordered. */
        ISSUED_CREDIT_TRANSFER("ICDT"),
        /** A credit transfer that reached this account. */
        RECEIVED_CREDIT_TRANSFER("RCDT"),
        /** A direct debit a creditor drew on this account. */
        RECEIVED_DIRECT_DEBIT("RDDT"),
        /** An issued credit transfer taken back on the payer's cancellation request: a credit, reversal indicator set. */
        ISSUED_CREDIT_TRANSFER_REVERSAL("ICDT", "RPCR"),
        /** A received credit transfer taken back on the payer's cancellation request: a debit, reversal indicator set. */
        RECEIVED_CREDIT_TRANSFER_REVERSAL("RCDT", "RPCR");

        final String family;
        /** RPCR: reversal due to a payment cancellation request; OTHR for the plain movements. */
        final String subFamily;

        Kind(String family) {
            this(family, "OTHR");
        }

        Kind(String family, String subFamily) {
            this.family = family;
            this.subFamily = subFamily;
        }

        boolean reversal() {
            return !"OTHR".equals(subFamily);
        }
    }

    /**
     * @param endToEndId the order's end-to-end id, or null where the booking had none (a direct debit's is the mandate's)
     */
    public record Line(String bankReference, String endToEndId, Kind kind, BigDecimal amount, boolean credit, LocalDate bookingDate,
                       LocalDate valueDate, String counterpartyName, String counterpartyAccount) {

        public Line {
            Objects.requireNonNull(bankReference);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(bookingDate);
            Objects.requireNonNull(valueDate);
        }
    }

    public AccountStatement {
        Objects.requireNonNull(statementId);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(account);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(day);
        Objects.requireNonNull(openingBalance);
        Objects.requireNonNull(closingBalance);
        lines = List.copyOf(lines);
        BigDecimal moved = lines.stream().map(line -> line.credit() ? line.amount() : line.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (openingBalance.add(moved).compareTo(closingBalance) != 0) {
            throw new IllegalArgumentException("the lines do not lead from the opening to the closing balance");
        }
    }
}
