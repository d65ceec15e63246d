package com.fundguard.reconciliation.close.application;

import com.fundguard.reconciliation.close.application.BankDays.BankDay;
import com.fundguard.reconciliation.close.domain.AccountBooks;
import com.fundguard.reconciliation.close.domain.BookedLine;
import com.fundguard.reconciliation.close.domain.Books;
import com.fundguard.reconciliation.close.domain.Books.OpeningOutcome;
import com.fundguard.reconciliation.close.domain.CloseBlocker;
import com.fundguard.reconciliation.close.domain.CloseOutcome;
import com.fundguard.reconciliation.close.domain.CloseOutcome.CloseRefused;
import com.fundguard.reconciliation.close.domain.CloseOutcome.DayClosed;
import com.fundguard.reconciliation.close.domain.ClosedDay;
import com.fundguard.reconciliation.close.domain.DayEvidence;
import com.fundguard.reconciliation.close.domain.LineStatus;
import com.fundguard.reconciliation.close.domain.OpeningRequest;
import com.fundguard.reconciliation.close.domain.StatementDay;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily close of accounts: opening an account's books, closing its days in order, and telling the statement
 * import which days are closed. Matching results and open cases are asked through ports; where a port has no adapter
 * in this build, the lines' standing is unknown and such a day does not close.
 */
public class DailyClose implements ClosedDays {

    private final CloseLedger ledger;
    private final BankDays bank;
    private final Optional<LineReconciliation> matching;
    private final Optional<OpenCases> cases;
    private final DayClosedEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DailyClose(CloseLedger ledger, BankDays bank, Optional<LineReconciliation> matching, Optional<OpenCases> cases,
                      DayClosedEvents events, TransactionTemplate transactions, Clock clock) {
        this.ledger = ledger;
        this.bank = bank;
        this.matching = matching;
        this.cases = cases;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Opens the account's books from a first day with its opening balance, once. */
    public OpeningOutcome openBooks(UUID enterpriseId, String account, OpeningRequest request, UUID person) {
        Optional<AccountBooks> existing = ledger.books(enterpriseId, account);
        if (existing.isPresent()) {
            return new Books.Opened(existing.get()).open(request);
        }
        OpeningOutcome outcome = new Books.Unopened(enterpriseId, account).open(request, person, UUID.randomUUID(), clock);
        try {
            transactions.executeWithoutResult(status -> ledger.addBooks(((OpeningOutcome.BooksOpened) outcome).books()));
            return outcome;
        } catch (DuplicateKeyException openedAtTheSameMoment) {
            return new Books.Opened(ledger.books(enterpriseId, account).orElseThrow(() -> openedAtTheSameMoment)).open(request);
        }
    }

    public Optional<AccountBooks> books(UUID enterpriseId, String account) {
        return ledger.books(enterpriseId, account);
    }

    /**
     * Closes the day, or refuses naming everything that blocks it. Closing a closed day answers with that close and
     * changes nothing; the first close records the day and its day-closed event in one transaction.
     */
    public CloseOutcome close(UUID enterpriseId, String account, LocalDate day, UUID person) {
        return transactions.execute(status -> {
            ledger.holdDay(enterpriseId, account, day);
            Optional<AccountBooks> books = ledger.books(enterpriseId, account);
            if (books.isEmpty()) {
                return new CloseRefused(List.of(new CloseBlocker.BooksNotOpened(account)));
            }
            CloseOutcome outcome = switch (load(books.get(), day)) {
                case StatementDay.Closed closed -> closed.close(null, person, clock);
                case StatementDay.Open open -> open.close(evidence(enterpriseId, account, day), person, clock);
            };
            if (outcome instanceof DayClosed(ClosedDay closed, boolean alreadyClosed) && !alreadyClosed) {
                ledger.addClosedDay(closed);
                events.dayClosed(closed);
            }
            return outcome;
        });
    }

    /**
     * The day as it stands: its close if it closed, else what closing it now would answer; with what the bank said
     * of it and each line's standing (for the day's state and its report). Changes nothing.
     */
    public DayReview review(UUID enterpriseId, String account, LocalDate day) {
        Optional<AccountBooks> books = ledger.books(enterpriseId, account);
        DayEvidence evidence = evidence(enterpriseId, account, day);
        if (books.isEmpty()) {
            return new DayReview(account, day, Optional.empty(), Optional.empty(), Optional.empty(), evidence,
                    new CloseRefused(List.of(new CloseBlocker.BooksNotOpened(account))));
        }
        // A review is taken by nobody: a would-be close is never recorded.
        UUID nobody = new UUID(0, 0);
        return switch (load(books.get(), day)) {
            case StatementDay.Closed closed -> new DayReview(account, day, books, Optional.of(closed.closed()),
                    Optional.of(closed.closed().openingBalance()), evidence, closed.close(evidence, nobody, clock));
            case StatementDay.Open open -> new DayReview(account, day, books, Optional.empty(), open.openingBalance(), evidence,
                    open.close(evidence, nobody, clock));
        };
    }

    @Override
    public Set<LocalDate> closedAmong(UUID enterpriseId, String account, Set<LocalDate> bookingDates) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("asked outside a transaction: the days would not be held until the lines are written");
        }
        Set<LocalDate> ordered = new TreeSet<>(bookingDates);
        ordered.forEach(day -> ledger.holdDay(enterpriseId, account, day));
        Set<LocalDate> closed = new TreeSet<>();
        for (ClosedDay day : ledger.closedDays(enterpriseId, account, ordered)) {
            if (new StatementDay.Closed(day).admitNewLines() instanceof StatementDay.LineAdmission.Refused) {
                closed.add(day.day());
            }
        }
        return closed;
    }

    private StatementDay load(AccountBooks books, LocalDate day) {
        Optional<ClosedDay> self = ledger.closedDay(books.enterpriseId(), books.account(), day);
        Optional<ClosedDay> previous = self.isPresent() || !day.isAfter(books.firstDay())
                ? Optional.empty() : ledger.closedDay(books.enterpriseId(), books.account(), day.minusDays(1));
        return StatementDay.of(books, day, self, previous);
    }

    private DayEvidence evidence(UUID enterpriseId, String account, LocalDate day) {
        BankDay bankDay = bank.of(enterpriseId, account, day);
        return new DayEvidence(day, bankDay.lines(), statuses(enterpriseId, account, day, bankDay.lines()),
                bankDay.closingStatements(), bankDay.nextOpening());
    }

    /** Matched, else in an open case, else unreconciled; unknown (absent from the map) where a port is missing. */
    private Map<UUID, LineStatus> statuses(UUID enterpriseId, String account, LocalDate day, List<BookedLine> lines) {
        Map<UUID, LineStatus> statuses = new HashMap<>();
        if (lines.isEmpty() || matching.isEmpty()) {
            return statuses;
        }
        Map<UUID, LineReconciliation.LineMatch> matches = matching.get().matchesOn(enterpriseId, account, day);
        Set<UUID> unmatched = lines.stream().map(BookedLine::id).filter(id -> !matches.containsKey(id)).collect(Collectors.toSet());
        matches.forEach((id, match) -> statuses.put(id, LineStatus.matched(match.pass())));
        if (unmatched.isEmpty() || cases.isEmpty()) {
            return statuses;
        }
        Set<UUID> held = cases.get().inOpenCases(enterpriseId, unmatched);
        unmatched.forEach(id -> statuses.put(id, held.contains(id) ? LineStatus.IN_OPEN_CASE : LineStatus.UNRECONCILED));
        return statuses;
    }
}
