package com.fundguard.reconciliation.close.domain;

import com.fundguard.reconciliation.close.domain.CloseBlocker.BeforeFirstDay;
import com.fundguard.reconciliation.close.domain.CloseBlocker.ConflictingClosingBalances;
import com.fundguard.reconciliation.close.domain.CloseBlocker.LinesUnreconciled;
import com.fundguard.reconciliation.close.domain.CloseBlocker.NoClosingStatement;
import com.fundguard.reconciliation.close.domain.CloseBlocker.OtherCurrency;
import com.fundguard.reconciliation.close.domain.CloseBlocker.PreviousDayOpen;
import com.fundguard.reconciliation.close.domain.CloseBlocker.ReconciliationUnknown;
import com.fundguard.reconciliation.close.domain.CloseBlocker.Unbalanced;
import com.fundguard.reconciliation.close.domain.CloseOutcome.CloseRefused;
import com.fundguard.reconciliation.close.domain.CloseOutcome.DayClosed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One day of one account's statements, open or closed. A day closes when (a) its opening balance plus the day's
 * entries is the closing balance the bank states, (b) every line of it is matched or held by an open discrepancy
 * case, and (c) the day before is closed (the first day of the books has the opening instead). A closed day never
 * changes: closing it again answers the same, and new lines for it are refused.
 */
public sealed interface StatementDay permits StatementDay.Open, StatementDay.Closed {

    LocalDate day();

    /** Closes the day on what the bank said of it, or refuses naming everything that blocks. */
    CloseOutcome close(DayEvidence evidence, UUID closedBy, Clock clock);

    /** Whether a statement import may add lines booked on this day. */
    LineAdmission admitNewLines();

    /**
     * The day as the ledger knows it.
     *
     * @param self          the day's own close, if it closed
     * @param previousClose the close of the day before, if that day closed
     */
    static StatementDay of(AccountBooks books, LocalDate day, Optional<ClosedDay> self, Optional<ClosedDay> previousClose) {
        if (self.isPresent()) {
            return new Closed(self.get());
        }
        Previous previous;
        if (day.isBefore(books.firstDay())) {
            previous = new Previous.BeforeBooks();
        } else if (day.equals(books.firstDay())) {
            previous = new Previous.FirstDay();
        } else {
            previous = previousClose.<Previous>map(Previous.ClosedBefore::new).orElseGet(() -> new Previous.NotClosed(day.minusDays(1)));
        }
        return new Open(books, day, previous);
    }

    /** Where the opening balance of an open day comes from. */
    sealed interface Previous {
        /** The books' first day: it opens with the balance stated when they were opened. */
        record FirstDay() implements Previous {
        }

        /** The day before closed: its closing balance carries over. */
        record ClosedBefore(ClosedDay previous) implements Previous {
        }

        /** The day before is still open: this day has no opening balance yet. */
        record NotClosed(LocalDate previousDay) implements Previous {
        }

        /** A day before the books' first day: never closed by the platform. */
        record BeforeBooks() implements Previous {
        }
    }

    sealed interface LineAdmission {
        record Admitted() implements LineAdmission {
        }

        record Refused(ClosedDay closed) implements LineAdmission {
            public String reason() {
                return "the day " + closed.day() + " of account " + closed.account() + " is closed";
            }
        }
    }

    record Open(AccountBooks books, LocalDate day, Previous previous) implements StatementDay {

        public Open {
            Objects.requireNonNull(books, "books");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public CloseOutcome close(DayEvidence evidence, UUID closedBy, Clock clock) {
            if (!evidence.day().equals(day)) {
                throw new IllegalArgumentException("evidence of " + evidence.day() + " offered to close " + day);
            }
            List<CloseBlocker> blockers = new ArrayList<>();
            switch (previous) {
                case Previous.NotClosed open -> blockers.add(new PreviousDayOpen(open.previousDay()));
                case Previous.BeforeBooks before -> blockers.add(new BeforeFirstDay(books.firstDay()));
                case Previous.FirstDay first -> { }
                case Previous.ClosedBefore closed -> { }
            }
            Optional<BigDecimal> opening = openingBalance();

            Set<Currency> foreign = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
            Stream.concat(evidence.lines().stream().map(BookedLine::currency),
                            Stream.concat(evidence.closingStatements().stream().map(ClosingStatement::closing), evidence.nextOpeningBalance().stream())
                                    .map(StatedBalance::currency))
                    .filter(c -> !c.equals(books.currency())).forEach(foreign::add);
            if (!foreign.isEmpty()) {
                blockers.add(new OtherCurrency(books.currency(), foreign));
            }

            BigDecimal credits = BigDecimal.ZERO;
            BigDecimal debits = BigDecimal.ZERO;
            for (BookedLine line : evidence.lines()) {
                if (line.direction() == Direction.CREDIT) {
                    credits = credits.add(line.amount());
                } else {
                    debits = debits.add(line.amount());
                }
            }

            Optional<StatedBalance> closing = Optional.empty();
            ClosedDay.Basis basis = ClosedDay.Basis.STATEMENT;
            List<StatedBalance> finals = evidence.finalClosingBalances();
            List<BigDecimal> stated = finals.stream().map(StatedBalance::signedAmount).filter(distinctByValue()).toList();
            if (stated.size() > 1 || (stated.isEmpty() && !evidence.closingStatements().isEmpty())) {
                blockers.add(new ConflictingClosingBalances(evidence.closingStatements().stream().map(ClosingStatement::closing).toList()));
            } else if (stated.size() == 1) {
                closing = Optional.of(finals.getFirst());
            } else if (evidence.lines().isEmpty() && opening.isPresent() && evidence.nextOpeningBalance()
                    .filter(next -> next.signedAmount().compareTo(opening.get()) == 0).isPresent()) {
                closing = evidence.nextOpeningBalance();
                basis = ClosedDay.Basis.NO_MOVEMENT_CONFIRMED;
            } else if (opening.isPresent() || !evidence.lines().isEmpty()) {
                blockers.add(new NoClosingStatement(evidence.lines().size(), evidence.nextOpeningBalance()));
            }

            if (opening.isPresent() && closing.isPresent() && foreign.isEmpty()) {
                BigDecimal reached = opening.get().add(credits).subtract(debits);
                BigDecimal difference = closing.get().signedAmount().subtract(reached);
                if (difference.signum() != 0) {
                    blockers.add(new Unbalanced(books.currency(), opening.get(), credits, debits, closing.get().signedAmount(), difference));
                }
            }

            List<UUID> unreconciled = new ArrayList<>();
            List<UUID> unknown = new ArrayList<>();
            int matched = 0;
            int inOpenCases = 0;
            for (BookedLine line : evidence.lines()) {
                switch (evidence.statusOf(line).kind()) {
                    case MATCHED -> matched++;
                    case IN_OPEN_CASE -> inOpenCases++;
                    case UNRECONCILED -> unreconciled.add(line.id());
                    case UNKNOWN -> unknown.add(line.id());
                }
            }
            if (!unreconciled.isEmpty()) {
                blockers.add(new LinesUnreconciled(unreconciled.size(), first(unreconciled)));
            }
            if (!unknown.isEmpty()) {
                blockers.add(new ReconciliationUnknown(unknown.size(), first(unknown)));
            }

            if (!blockers.isEmpty()) {
                return new CloseRefused(blockers);
            }
            return new DayClosed(new ClosedDay(books.id(), books.enterpriseId(), books.account(), day, books.currency(),
                    opening.orElseThrow(), credits, debits, closing.orElseThrow().signedAmount(), evidence.lines().size(),
                    matched, inOpenCases, basis, closing.orElseThrow().statementReference(), closedBy,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)), false);
        }

        @Override
        public LineAdmission admitNewLines() {
            return new LineAdmission.Admitted();
        }

        /** The balance the day opens with, where it is known: the books' opening on the first day, else the day before's close. */
        public Optional<BigDecimal> openingBalance() {
            return switch (previous) {
                case Previous.FirstDay first -> Optional.of(books.openingBalance());
                case Previous.ClosedBefore closed -> Optional.of(closed.previous().closingBalance());
                case Previous.NotClosed open -> Optional.empty();
                case Previous.BeforeBooks before -> Optional.empty();
            };
        }

        private static List<UUID> first(List<UUID> ids) {
            return ids.subList(0, Math.min(ids.size(), CloseBlocker.LINES_NAMED));
        }

        private static Predicate<BigDecimal> distinctByValue() {
            List<BigDecimal> seen = new ArrayList<>();
            return amount -> {
                if (seen.stream().anyMatch(s -> s.compareTo(amount) == 0)) {
                    return false;
                }
                seen.add(amount);
                return true;
            };
        }
    }

    record Closed(ClosedDay closed) implements StatementDay {

        public Closed {
            Objects.requireNonNull(closed, "closed");
        }

        @Override
        public LocalDate day() {
            return closed.day();
        }

        /** Closing a closed day answers with its close; what the bank says now does not reopen it. */
        @Override
        public CloseOutcome close(DayEvidence evidence, UUID closedBy, Clock clock) {
            return new DayClosed(closed, true);
        }

        @Override
        public LineAdmission admitNewLines() {
            return new LineAdmission.Refused(closed);
        }
    }
}
