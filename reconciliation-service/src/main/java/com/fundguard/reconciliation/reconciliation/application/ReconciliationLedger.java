package com.fundguard.reconciliation.reconciliation.application;

import com.fundguard.reconciliation.matching.domain.BankLine;
import com.fundguard.reconciliation.matching.domain.Expectation;
import com.fundguard.reconciliation.matching.domain.MatchRule;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.UUID;

/**
 * What reconciliation reads and writes: statement lines not yet examined, transfers expected on the statement and not
 * yet matched, and the decisions taken about both. Every method is scoped to one enterprise through its account key.
 */
public interface ReconciliationLedger {

    /** Accounts with lines no run has examined yet, oldest first. */
    List<AccountKey> accountsToReconcile(int limit);

    /** Holds the account for this transaction: two runs never decide the same lines at once. */
    void lock(AccountKey account);

    List<BankLine> unexaminedLines(AccountKey account);

    /** Expected movements of the account (payer) not yet matched: EXECUTED, OUTCOME_UNKNOWN and FAILED ones. */
    List<Expectation> unmatchedExpectations(AccountKey account);

    /**
     * Of these lines, the bookings an earlier statement file already reported (a day's statement fetched again with more
     * entries repeats the first): their {@link #bookingKey}s, looked up for all lines at once.
     */
    Set<String> reportedBefore(AccountKey account, Collection<BankLine> lines);

    /**
     * Transfers already matched in an earlier run, by each of {@code references} that is one's end-to-end id or bank
     * reference (the earliest executed where two share one), looked up for all references at once.
     */
    Map<String, MatchedTransfer> matchedTransfersReferencedBy(AccountKey account, Collection<String> references);

    /** A booking as the bank identifies it on the account: its reference, amount, direction and booking date. */
    static String bookingKey(String bankReference, BigDecimal amount, CreditDebit direction, LocalDate bookingDate) {
        return bankReference + "|" + amount.stripTrailingZeros().toPlainString() + "|" + direction + "|" + bookingDate;
    }

    UUID recordMatch(AccountKey account, MatchRule rule, List<UUID> lineIds, List<UUID> transferIds, BigDecimal difference, Instant at);

    void markExamined(AccountKey account, Collection<UUID> lineIds, LineOutcome outcome, Instant at);

    /** EXECUTED movements still unmatched that left before {@code executedBefore}, and not yet found missing. */
    List<MissingDebit> debitsMissingSince(Instant executedBefore, int limit);

    void recordMissingDebit(UUID enterpriseId, UUID transferId, UUID caseId, Instant at);

    /**
     * What happened to a line: matched, put into a case, not reconciliation's business (money received), or a booking
     * an earlier statement file already reported, or a difference too old to dispute with the bank.
     */
    enum LineOutcome {
        MATCHED, IN_CASE, UNRELATED, REPEATED, BEYOND_DISPUTE_WINDOW
    }

    record MatchedTransfer(UUID transferId, String endToEndId, BigDecimal amount) {
    }

    record MissingDebit(AccountKey account, Expectation expectation, Instant executedAt) {
    }
}
