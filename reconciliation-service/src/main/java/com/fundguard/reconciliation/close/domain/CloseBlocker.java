package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One reason a day cannot close yet. A refusal lists every reason found, so one look shows all that is left to do. */
public sealed interface CloseBlocker {

    /** At most this many line ids are named per blocker; the count is always whole. */
    int LINES_NAMED = 50;

    /** A stable name for clients. */
    String code();

    /** What blocks, as a sentence for the person closing. */
    String detail();

    /** Nobody has opened the account's books: its first day and opening balance are not known. */
    record BooksNotOpened(String account) implements CloseBlocker {
        public String code() {
            return "BOOKS_NOT_OPENED";
        }

        public String detail() {
            return "the books of account " + account + " are not opened: an auditor or authorizer states the first day and its opening balance";
        }
    }

    /** The day before is not closed; days close in order. */
    record PreviousDayOpen(LocalDate previousDay) implements CloseBlocker {
        public String code() {
            return "PREVIOUS_DAY_OPEN";
        }

        public String detail() {
            return "the previous day " + previousDay + " is not closed";
        }
    }

    /** The day lies before the day the account's books were opened on. */
    record BeforeFirstDay(LocalDate firstDay) implements CloseBlocker {
        public String code() {
            return "BEFORE_FIRST_DAY";
        }

        public String detail() {
            return "the account's books start on " + firstDay;
        }
    }

    /**
     * Opening + credits − debits is not the closing balance the bank states.
     *
     * @param difference stated closing minus the closing the entries lead to
     */
    record Unbalanced(Currency currency, BigDecimal openingBalance, BigDecimal totalCredits, BigDecimal totalDebits,
                      BigDecimal statedClosingBalance, BigDecimal difference) implements CloseBlocker {
        public String code() {
            return "UNBALANCED";
        }

        public String detail() {
            return "unbalanced by " + Amounts.format(difference, currency) + " " + currency + ": opening "
                    + Amounts.format(openingBalance, currency) + " + credits " + Amounts.format(totalCredits, currency) + " - debits "
                    + Amounts.format(totalDebits, currency) + " is not the stated closing " + Amounts.format(statedClosingBalance, currency);
        }
    }

    /** Lines neither matched nor held by an open case. */
    record LinesUnreconciled(int count, List<UUID> lineIds) implements CloseBlocker {
        public LinesUnreconciled {
            lineIds = List.copyOf(lineIds);
        }

        public String code() {
            return "LINES_UNRECONCILED";
        }

        public String detail() {
            return count + " line(s) neither matched nor in an open discrepancy case";
        }
    }

    /** Lines whose standing the platform cannot tell (matching results or cases not available here). */
    record ReconciliationUnknown(int count, List<UUID> lineIds) implements CloseBlocker {
        public ReconciliationUnknown {
            lineIds = List.copyOf(lineIds);
        }

        public String code() {
            return "RECONCILIATION_UNKNOWN";
        }

        public String detail() {
            return count + " line(s) whose matching or case standing is not available to the daily close";
        }
    }

    /**
     * No statement states a closing balance for the day, and the day cannot count as one without movement: lines are
     * booked on it, or the bank's next statement does not (yet) open with the balance carried over.
     *
     * @param nextStatementOpening the opening balance of the next statement, where there is one
     */
    record NoClosingStatement(int linesBooked, Optional<StatedBalance> nextStatementOpening) implements CloseBlocker {
        public String code() {
            return "NO_CLOSING_STATEMENT";
        }

        public String detail() {
            if (linesBooked > 0) {
                return "no statement states a closing balance for the day, and " + linesBooked + " line(s) are booked on it";
            }
            return nextStatementOpening.map(next -> "no statement closes the day, and the next statement " + next.statementReference()
                            + " opens with " + next.signedAmount().toPlainString() + ", not the balance carried over")
                    .orElse("no statement closes the day and no later statement confirms that nothing moved");
        }
    }

    /** Two statements dated the day state different closing balances. */
    record ConflictingClosingBalances(List<StatedBalance> balances) implements CloseBlocker {
        public ConflictingClosingBalances {
            balances = List.copyOf(balances);
        }

        public String code() {
            return "CONFLICTING_CLOSING_BALANCES";
        }

        public String detail() {
            return "the statements dated the day state different closing balances: " + balances.stream()
                    .map(b -> b.statementReference() + " " + b.signedAmount().toPlainString()).toList();
        }
    }

    /** Lines or balances in a currency other than the books'. */
    record OtherCurrency(Currency booksCurrency, Set<Currency> found) implements CloseBlocker {
        public OtherCurrency {
            found = Set.copyOf(found);
        }

        public String code() {
            return "OTHER_CURRENCY";
        }

        public String detail() {
            return "the books are kept in " + booksCurrency + " but the day has amounts in " + found.stream().map(Currency::getCurrencyCode).sorted().toList();
        }
    }
}
