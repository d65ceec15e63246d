package com.fundguard.reconciliation.matching.domain;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** Lines and transfers for the matcher's tests, written as a statement reads: defaults for all that does not matter. */
final class Bookings {

    static final String ACCOUNT = "DE89370400440532013000";
    static final String PAYEE = "NL91ABNA0417164300";
    static final String OTHER_PAYEE = "FR1420041010050500013M02606";
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate EXECUTED_ON = LocalDate.of(2026, 11, 16);

    private static int next;

    private Bookings() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes((name + "#" + (next++)).getBytes());
    }

    static LineBuilder debit(String amount) {
        return new LineBuilder(CreditDebit.DEBIT, amount);
    }

    static LineBuilder credit(String amount) {
        return new LineBuilder(CreditDebit.CREDIT, amount);
    }

    static TransferBuilder transfer(String amount) {
        return new TransferBuilder(amount);
    }

    static final class LineBuilder {
        private final UUID id = id("line");
        private final CreditDebit direction;
        private final BigDecimal amount;
        private String account = ACCOUNT;
        private Currency currency = EUR;
        private LocalDate bookingDate = EXECUTED_ON;
        private boolean reversal;
        private String code = "NTRF";
        private String endToEnd;
        private String bankReference;
        private String counterparty;

        private LineBuilder(CreditDebit direction, String amount) {
            this.direction = direction;
            this.amount = new BigDecimal(amount);
        }

        LineBuilder endToEnd(String reference) {
            endToEnd = reference;
            return this;
        }

        LineBuilder endToEndOf(Expectation transfer) {
            return endToEnd(transfer.endToEndId());
        }

        LineBuilder bankReference(String reference) {
            bankReference = reference;
            return this;
        }

        LineBuilder to(String counterpartyAccount) {
            counterparty = counterpartyAccount;
            return this;
        }

        LineBuilder bookedDaysAfter(int days) {
            bookingDate = EXECUTED_ON.plusDays(days);
            return this;
        }

        LineBuilder account(String otherAccount) {
            account = otherAccount;
            return this;
        }

        LineBuilder currency(String code) {
            currency = Currency.getInstance(code);
            return this;
        }

        LineBuilder reversal() {
            reversal = true;
            return this;
        }

        LineBuilder code(String transactionTypeCode) {
            code = transactionTypeCode;
            return this;
        }

        BankLine build() {
            return new BankLine(id, account, currency, direction, amount, bookingDate, reversal, code,
                    Optional.ofNullable(endToEnd), Optional.ofNullable(bankReference), Optional.ofNullable(counterparty));
        }
    }

    static final class TransferBuilder {
        private final UUID id = id("transfer");
        private final BigDecimal amount;
        private String account = ACCOUNT;
        private Currency currency = EUR;
        private LocalDate date = EXECUTED_ON;
        private String endToEnd = "E2E-" + id.toString().substring(0, 8);
        private String bankReference;
        private String payee = PAYEE;
        private ExpectationStatus status = ExpectationStatus.EXECUTED;

        private TransferBuilder(String amount) {
            this.amount = new BigDecimal(amount);
        }

        TransferBuilder bankReference(String reference) {
            bankReference = reference;
            return this;
        }

        TransferBuilder to(String payeeAccount) {
            payee = payeeAccount;
            return this;
        }

        TransferBuilder account(String payerAccount) {
            account = payerAccount;
            return this;
        }

        TransferBuilder currency(String code) {
            currency = Currency.getInstance(code);
            return this;
        }

        TransferBuilder executedDaysAfter(int days) {
            date = EXECUTED_ON.plusDays(days);
            return this;
        }

        TransferBuilder status(ExpectationStatus outcome) {
            status = outcome;
            return this;
        }

        Expectation build() {
            return new Expectation(id, account, currency, amount, date, endToEnd, Optional.ofNullable(bankReference),
                    payee, status);
        }
    }
}
