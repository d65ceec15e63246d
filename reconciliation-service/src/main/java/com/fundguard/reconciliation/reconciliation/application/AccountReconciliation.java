package com.fundguard.reconciliation.reconciliation.application;

import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import com.fundguard.reconciliation.discrepancy.application.DisputeWindowClosedException;
import com.fundguard.reconciliation.discrepancy.application.OpenDiscrepancy;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.matching.domain.BankLine;
import com.fundguard.reconciliation.matching.domain.Expectation;
import com.fundguard.reconciliation.matching.domain.ExpectationStatus;
import com.fundguard.reconciliation.matching.domain.Finding;
import com.fundguard.reconciliation.matching.domain.FindingType;
import com.fundguard.reconciliation.matching.domain.Match;
import com.fundguard.reconciliation.matching.domain.Matcher;
import com.fundguard.reconciliation.matching.domain.MatchingPolicy;
import com.fundguard.reconciliation.matching.domain.MatchingResult;
import com.fundguard.reconciliation.reconciliation.application.ReconciliationLedger.LineOutcome;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciles one account at a time: the lines no run has examined yet against the transfers not yet matched. Every
 * line ends the run matched, in an error case, or set aside as money received that no transfer concerns; every
 * decision, case and event of a run is one transaction, so a crash repeats the run instead of losing half of it.
 *
 * <p>Matches settle their transfers (transfer-settled.v1: approval marks them SETTLED, bank-connector ends an unknown
 * outcome without resending). Findings become cases. A transfer executed longer ago than the cut-off with no line is
 * a case of its own (TRANSFER_WITHOUT_BANK_DEBIT), found by {@link #findMissingDebits}.
 */
public class AccountReconciliation {

    private static final Logger log = LoggerFactory.getLogger(AccountReconciliation.class);

    private final ReconciliationLedger ledger;
    private final DiscrepancyCases cases;
    private final ReconciliationEvents events;
    private final Function<AccountKey, MatchingPolicy> policies;
    private final Duration missingDebitCutOff;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AccountReconciliation(ReconciliationLedger ledger, DiscrepancyCases cases, ReconciliationEvents events,
                                 Function<AccountKey, MatchingPolicy> policies, Duration missingDebitCutOff,
                                 TransactionTemplate transactions, Clock clock) {
        this.ledger = ledger;
        this.cases = cases;
        this.events = events;
        this.policies = policies;
        this.missingDebitCutOff = missingDebitCutOff;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run decided, for logs and tests. */
    public record RunOutcome(int lines, int matches, int cases, int unrelated) {
    }

    /** Reconciles every account with unexamined lines (up to {@code limit} accounts); returns the accounts done. */
    public int reconcilePending(int limit) {
        List<AccountKey> accounts = ledger.accountsToReconcile(limit);
        for (AccountKey account : accounts) {
            try {
                reconcile(account);
            } catch (RuntimeException e) {
                // One account's trouble must not hold up the others; its lines stay unexamined and are taken again.
                log.error("reconciliation of account {} ({}) of enterprise {} failed; it is taken again on the next run",
                        account.account(), account.currency(), account.enterpriseId(), e);
            }
        }
        return accounts.size();
    }

    public RunOutcome reconcile(AccountKey account) {
        return transactions.execute(status -> {
            ledger.lock(account);
            Instant now = clock.instant();
            List<BankLine> lines = ledger.unexaminedLines(account);
            if (lines.isEmpty()) {
                return new RunOutcome(0, 0, 0, 0);
            }
            int opened = 0;
            // A booking an earlier file already reported (the day's statement fetched again) is not a second booking.
            List<UUID> repeated = new ArrayList<>();
            List<BankLine> identified = lines.stream().filter(line -> line.bankReference()
                    .filter(AccountReconciliation::identifiesABooking).isPresent()).toList();
            Set<String> bookingsSeen = new HashSet<>(ledger.reportedBefore(account, identified));
            Set<UUID> identifiedLines = identified.stream().map(BankLine::id).collect(Collectors.toSet());
            List<BankLine> firstReports = new ArrayList<>();
            for (BankLine line : lines) {
                if (identifiedLines.contains(line.id()) && !bookingsSeen.add(bookingKey(line))) {
                    repeated.add(line.id());
                } else {
                    firstReports.add(line);
                }
            }
            ledger.markExamined(account, repeated, LineOutcome.REPEATED, now);
            // Lines naming a transfer an earlier run already matched: a second debit or the money coming back.
            Map<String, ReconciliationLedger.MatchedTransfer> matchedEarlier = ledger.matchedTransfersReferencedBy(account,
                    firstReports.stream().flatMap(line -> references(line).stream()).toList());
            List<BankLine> fresh = new ArrayList<>();
            for (BankLine line : firstReports) {
                Optional<ReconciliationLedger.MatchedTransfer> earlier = references(line).stream()
                        .map(matchedEarlier::get).filter(java.util.Objects::nonNull).findFirst();
                if (earlier.isEmpty()) {
                    fresh.add(line);
                    continue;
                }
                opened += caseForLineNamingAMatchedTransfer(account, line, earlier.get(), now);
            }

            List<Expectation> expectations = ledger.unmatchedExpectations(account);
            MatchingResult result = new Matcher(policies.apply(account)).match(fresh, expectations);
            Map<UUID, BankLine> linesById = fresh.stream().collect(Collectors.toMap(BankLine::id, l -> l, (a, b) -> a, LinkedHashMap::new));
            Map<UUID, Expectation> expectationsById = expectations.stream()
                    .collect(Collectors.toMap(Expectation::transferId, e -> e, (a, b) -> a, LinkedHashMap::new));
            Set<UUID> decided = new HashSet<>();

            for (Match match : result.matches()) {
                ledger.recordMatch(account, match.rule(), match.lineIds(), match.transferIds(), match.difference(), now);
                ledger.markExamined(account, match.lineIds(), LineOutcome.MATCHED, now);
                decided.addAll(match.lineIds());
                settle(account, match, linesById, expectationsById);
            }
            for (Finding finding : result.findings()) {
                if (finding.type() == FindingType.TRANSFER_WITHOUT_BANK_DEBIT) {
                    continue; // only after the cut-off: findMissingDebits
                }
                if (finding.type() == FindingType.UNKNOWN_OUTCOME_RESOLVED) {
                    cases.recordResolvedAutomatically(request(account, DiscrepancyType.UNKNOWN_OUTCOME_RESOLVED, finding),
                            "the statement shows the order booked; the execution is settled by it and never sent again");
                    opened++;
                    continue;
                }
                List<UUID> undecided = finding.lineIds().stream().filter(decided::add).toList();
                Optional<UUID> opening = open(request(account, caseType(finding.type()), finding));
                if (opening.isEmpty()) {
                    ledger.markExamined(account, undecided, LineOutcome.BEYOND_DISPUTE_WINDOW, now);
                    continue;
                }
                UUID caseId = opening.get();
                opened++;
                ledger.markExamined(account, undecided, LineOutcome.IN_CASE, now);
                if (finding.type() == FindingType.RETURNED_PAYMENT) {
                    // Only a payment the bank executed can come back; the case names any other (a credit naming a
                    // failed transfer is for a person to explain).
                    finding.transferIds().stream().map(expectationsById::get)
                            .filter(e -> e != null && e.status() == ExpectationStatus.EXECUTED)
                            .forEach(returned -> events.returned(account, returned.transferId(), returned.endToEndId(), caseId,
                                    finding.lineIds(), inCurrencyScale(finding.amount(), account), finding.date()));
                }
            }
            List<UUID> unrelated = result.unrelatedLineIds().stream().filter(decided::add).toList();
            ledger.markExamined(account, unrelated, LineOutcome.UNRELATED, now);
            // Anything the matcher neither matched nor explained is a debit nobody can account for.
            List<UUID> unexplained = linesById.keySet().stream().filter(id -> !decided.contains(id)).toList();
            if (!unexplained.isEmpty()) {
                throw new IllegalStateException("the matcher left lines " + unexplained + " of account " + account.account()
                        + " neither matched nor explained; nothing of this run is kept");
            }
            log.info("reconciled account {} ({}) of enterprise {}: {} lines, {} matches, {} cases, {} unrelated", account.account(),
                    account.currency(), account.enterpriseId(), lines.size(), result.matches().size(), opened, unrelated.size());
            return new RunOutcome(lines.size(), result.matches().size(), opened, unrelated.size() + repeated.size());
        });
    }

    /**
     * Transfers executed before the cut-off whose debit no statement line has shown: each becomes a case once.
     * Returns how many were found.
     */
    public int findMissingDebits(int limit) {
        Integer found = transactions.execute(status -> {
            Instant now = clock.instant();
            List<ReconciliationLedger.MissingDebit> missing = ledger.debitsMissingSince(now.minus(missingDebitCutOff), limit);
            for (ReconciliationLedger.MissingDebit debit : missing) {
                Expectation e = debit.expectation();
                UUID caseId = cases.open(new OpenDiscrepancy(debit.account().enterpriseId(), DiscrepancyType.TRANSFER_WITHOUT_BANK_DEBIT,
                        e.payerAccount(), e.currency(), e.amount(), List.of(), List.of(e.transferId()), e.expectedDate(),
                        "executed at " + debit.executedAt() + " (bank reference " + e.bankReference().orElse("none") + ", end-to-end id "
                                + e.endToEndId() + ") and no statement line has shown its debit within " + missingDebitCutOff));
                ledger.recordMissingDebit(debit.account().enterpriseId(), e.transferId(), caseId, now);
            }
            return missing.size();
        });
        return found == null ? 0 : found;
    }

    private void settle(AccountKey account, Match match, Map<UUID, BankLine> lines, Map<UUID, Expectation> expectations) {
        List<BankLine> matchedLines = match.lineIds().stream().map(lines::get).toList();
        BankLine first = matchedLines.getFirst();
        String bankReference = first.bankReference().orElse("statement-line:" + first.id());
        for (UUID transferId : match.transferIds()) {
            Expectation expected = expectations.get(transferId);
            events.settled(account, new ReconciliationEvents.Settlement(transferId, expected.endToEndId(), bankReference, match.lineIds(),
                    inCurrencyScale(expected.amount(), account), first.bookingDate(), match.pass().name(), match.rule().name(),
                    expected.status() == ExpectationStatus.OUTCOME_UNKNOWN));
        }
    }

    /** A line naming a transfer that an earlier statement already settled: the same debit again, or the money back. */
    private int caseForLineNamingAMatchedTransfer(AccountKey account, BankLine line, ReconciliationLedger.MatchedTransfer earlier,
                                                  Instant now) {
        boolean moneyBack = line.direction() == CreditDebit.CREDIT || line.reversal();
        DiscrepancyType type = moneyBack ? DiscrepancyType.RETURNED_PAYMENT
                : line.amount().compareTo(earlier.amount()) == 0 ? DiscrepancyType.DUPLICATE_DEBIT : DiscrepancyType.AMOUNT_MISMATCH;
        String detail = switch (type) {
            case RETURNED_PAYMENT -> "a credit naming transfer " + earlier.transferId() + " (already settled): the payment came back";
            case DUPLICATE_DEBIT -> "a second debit of " + line.amount() + " naming transfer " + earlier.transferId() + ", already settled";
            default -> "a debit of " + line.amount() + " naming transfer " + earlier.transferId() + " (" + earlier.amount()
                    + "), already settled by another line";
        };
        Optional<UUID> opening = open(new OpenDiscrepancy(account.enterpriseId(), type, account.account(), account.currency(), line.amount(),
                List.of(line.id()), List.of(earlier.transferId()), line.bookingDate(), detail));
        if (opening.isEmpty()) {
            ledger.markExamined(account, List.of(line.id()), LineOutcome.BEYOND_DISPUTE_WINDOW, now);
            return 0;
        }
        UUID caseId = opening.get();
        ledger.markExamined(account, List.of(line.id()), LineOutcome.IN_CASE, now);
        if (type == DiscrepancyType.RETURNED_PAYMENT) {
            events.returned(account, earlier.transferId(), earlier.endToEndId(), caseId, List.of(line.id()),
                    inCurrencyScale(line.amount(), account), line.bookingDate());
        }
        return 1;
    }

    /**
     * Opens the case; empty when the transaction is older than the dispute window (nothing can be claimed from the bank
     * any more): its lines are marked so and stay unaccounted for in the daily close, for a person to look at.
     */
    private Optional<UUID> open(OpenDiscrepancy request) {
        try {
            return Optional.of(cases.open(request));
        } catch (DisputeWindowClosedException tooOld) {
            log.warn("no {} case for lines {} of account {}: {}", request.type(), request.statementLineIds(), request.account(),
                    tooOld.getMessage());
            return Optional.empty();
        }
    }

    /** MT940 writes NONREF where the bank gives no reference: that names no booking. */
    private static boolean identifiesABooking(String bankReference) {
        return !bankReference.isBlank() && !bankReference.equalsIgnoreCase("NONREF");
    }

    private static String bookingKey(BankLine line) {
        return ReconciliationLedger.bookingKey(line.bankReference().orElseThrow(), line.amount(), line.direction(), line.bookingDate());
    }

    private static List<String> references(BankLine line) {
        List<String> references = new ArrayList<>(2);
        line.endToEndReference().ifPresent(references::add);
        line.bankReference().ifPresent(references::add);
        return references;
    }

    private static OpenDiscrepancy request(AccountKey account, DiscrepancyType type, Finding finding) {
        return new OpenDiscrepancy(account.enterpriseId(), type, account.account(), account.currency(), finding.amount(),
                finding.lineIds(), finding.transferIds(), finding.date(), finding.why());
    }

    private static DiscrepancyType caseType(FindingType finding) {
        return DiscrepancyType.valueOf(finding.name());
    }

    private static BigDecimal inCurrencyScale(BigDecimal amount, AccountKey account) {
        int digits = Math.max(account.currency().getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= digits ? amount.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
    }
}
