package com.fundguard.reconciliation.close.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The daily close of one account: when a day closes, what blocks it, and what a closed day still allows. */
class StatementDayTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final LocalDate FIRST = LocalDate.of(2026, 3, 2); // a Monday
    static final UUID AUDITOR = UUID.randomUUID();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    final AccountBooks books = new AccountBooks(UUID.randomUUID(), UUID.randomUUID(), "6222020200112233", CNY, FIRST,
            new BigDecimal("1000.00"), AUDITOR, Instant.parse("2026-03-01T08:00:00Z"));

    final Map<UUID, LineStatus> statuses = new HashMap<>();

    BookedLine line(LocalDate day, String amount, Direction direction, LineStatus status) {
        return line(day, amount, direction, status, CNY);
    }

    BookedLine line(LocalDate day, String amount, Direction direction, LineStatus status, Currency currency) {
        BookedLine line = new BookedLine(UUID.randomUUID(), "STMT-" + day, 1, day, day, new BigDecimal(amount), currency,
                direction, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("上海某某贸易有限公司"));
        if (status != null) {
            statuses.put(line.id(), status);
        }
        return line;
    }

    static StatedBalance closing(LocalDate day, String amount) {
        return new StatedBalance("STMT-" + day, new BigDecimal(amount), CNY, day);
    }

    DayEvidence evidence(LocalDate day, List<BookedLine> lines, StatedBalance... closings) {
        return new DayEvidence(day, lines, statuses,
                java.util.Arrays.stream(closings).map(c -> new ClosingStatement(c, Optional.empty())).toList(), Optional.empty());
    }

    ClosedDay closed(CloseOutcome outcome) {
        assertThat(outcome).isInstanceOf(DayClosed.class);
        return ((DayClosed) outcome).day();
    }

    List<CloseBlocker> blockers(CloseOutcome outcome) {
        assertThat(outcome).isInstanceOf(CloseRefused.class);
        return ((CloseRefused) outcome).blockers();
    }

    StatementDay firstDay() {
        return StatementDay.of(books, FIRST, Optional.empty(), Optional.empty());
    }

    @Test
    void theFirstDayClosesWhenTheStatedOpeningPlusItsEntriesIsTheBanksClosingBalanceAndEveryLineIsAccountedFor() {
        DayEvidence monday = evidence(FIRST, List.of(
                line(FIRST, "250.50", Direction.DEBIT, LineStatus.matched("EXACT_REFERENCE")),
                line(FIRST, "100", Direction.CREDIT, LineStatus.IN_OPEN_CASE)), closing(FIRST, "849.50"));

        ClosedDay day = closed(firstDay().close(monday, AUDITOR, CLOCK));

        assertThat(day.openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(day.totalCredits()).isEqualByComparingTo("100");
        assertThat(day.totalDebits()).isEqualByComparingTo("250.50");
        assertThat(day.closingBalance()).isEqualByComparingTo("849.50");
        assertThat(day.lineCount()).isEqualTo(2);
        assertThat(day.linesMatched()).isEqualTo(1);
        assertThat(day.linesInOpenCases()).isEqualTo(1);
        assertThat(day.basis()).isEqualTo(ClosedDay.Basis.STATEMENT);
        assertThat(day.statementReference()).isEqualTo("STMT-" + FIRST);
        assertThat(day.closedBy()).isEqualTo(AUDITOR);
        assertThat(day.closedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aLaterDayOpensWithTheClosingBalanceOfTheDayBefore() {
        ClosedDay monday = closed(firstDay().close(evidence(FIRST, List.of(), closing(FIRST, "1000.00")), AUDITOR, CLOCK));
        LocalDate tuesday = FIRST.plusDays(1);

        StatementDay day = StatementDay.of(books, tuesday, Optional.empty(), Optional.of(monday));
        ClosedDay closed = closed(day.close(evidence(tuesday,
                List.of(line(tuesday, "0.01", Direction.DEBIT, LineStatus.matched("AMOUNT_COUNTERPARTY_WINDOW"))),
                closing(tuesday, "999.99")), AUDITOR, CLOCK));

        assertThat(closed.openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(closed.closingBalance()).isEqualByComparingTo("999.99");
    }

    @Nested
    class DayOrder {

        @Test
        void aDayCannotCloseBeforeThePreviousDayIsClosed() {
            LocalDate tuesday = FIRST.plusDays(1);
            StatementDay day = StatementDay.of(books, tuesday, Optional.empty(), Optional.empty());

            List<CloseBlocker> blockers = blockers(day.close(evidence(tuesday, List.of(), closing(tuesday, "1000.00")), AUDITOR, CLOCK));

            assertThat(blockers).containsExactly(new PreviousDayOpen(FIRST));
            assertThat(blockers.getFirst().detail()).isEqualTo("the previous day 2026-03-02 is not closed");
        }

        @Test
        void aDayBeforeTheBooksFirstDayNeverCloses() {
            LocalDate sunday = FIRST.minusDays(1);
            StatementDay day = StatementDay.of(books, sunday, Optional.empty(), Optional.empty());

            assertThat(blockers(day.close(evidence(sunday, List.of(), closing(sunday, "1000.00")), AUDITOR, CLOCK)))
                    .containsExactly(new BeforeFirstDay(FIRST));
        }

        @Test
        void thePreviousDayOpenIsNamedBesideTheUnreconciledLinesSoOneLookShowsAllThatIsLeft() {
            LocalDate tuesday = FIRST.plusDays(1);
            BookedLine stray = line(tuesday, "5", Direction.DEBIT, LineStatus.UNRECONCILED);
            StatementDay day = StatementDay.of(books, tuesday, Optional.empty(), Optional.empty());

            assertThat(blockers(day.close(evidence(tuesday, List.of(stray), closing(tuesday, "995")), AUDITOR, CLOCK)))
                    .containsExactly(new PreviousDayOpen(FIRST), new LinesUnreconciled(1, List.of(stray.id())));
        }
    }

    @Nested
    class Balance {

        @Test
        void aDayWhoseEntriesDoNotLeadToTheStatedClosingBalanceIsRefusedSayingByHowMuch() {
            DayEvidence monday = evidence(FIRST, List.of(line(FIRST, "200", Direction.DEBIT, LineStatus.matched("EXACT_REFERENCE"))),
                    closing(FIRST, "790.00"));

            List<CloseBlocker> blockers = blockers(firstDay().close(monday, AUDITOR, CLOCK));

            assertThat(blockers).hasSize(1).first().isInstanceOfSatisfying(Unbalanced.class, unbalanced -> {
                assertThat(unbalanced.difference()).isEqualByComparingTo("-10.00");
                assertThat(unbalanced.detail()).isEqualTo("unbalanced by -10.00 CNY: opening 1000.00 + credits 0.00 - debits 200.00 is not the stated closing 790.00");
            });
        }

        @Test
        void anOverdrawnAccountBalancesWithNegativeBalances() {
            DayEvidence monday = evidence(FIRST, List.of(line(FIRST, "1500", Direction.DEBIT, LineStatus.matched("EXACT_REFERENCE"))),
                    closing(FIRST, "-500"));

            assertThat(closed(firstDay().close(monday, AUDITOR, CLOCK)).closingBalance()).isEqualByComparingTo("-500");
        }

        @Test
        void twoStatementsOfTheDayThatStateDifferentClosingBalancesBlockTheClose() {
            DayEvidence monday = evidence(FIRST, List.of(), closing(FIRST, "1000"), new StatedBalance("OTHER", new BigDecimal("1001"), CNY, FIRST));

            assertThat(blockers(firstDay().close(monday, AUDITOR, CLOCK))).singleElement().isInstanceOf(ConflictingClosingBalances.class);
        }

        @Test
        void theSameClosingBalanceStatedTwiceIsOneClosingBalance() {
            DayEvidence monday = evidence(FIRST, List.of(), closing(FIRST, "1000"), new StatedBalance("AGAIN", new BigDecimal("1000.0000"), CNY, FIRST));

            assertThat(closed(firstDay().close(monday, AUDITOR, CLOCK)).closingBalance()).isEqualByComparingTo("1000");
        }

        @Test
        void aDaySentInPagesClosesWithTheBalanceOfItsLastPage() {
            StatedBalance pageOneClosing = new StatedBalance("STMT/1", new BigDecimal("900"), CNY, FIRST);
            ClosingStatement pageTwo = new ClosingStatement(new StatedBalance("STMT/2", new BigDecimal("850"), CNY, FIRST),
                    Optional.of(new StatedBalance("STMT/2", new BigDecimal("900"), CNY, FIRST)));
            DayEvidence monday = new DayEvidence(FIRST, List.of(
                    line(FIRST, "100", Direction.DEBIT, LineStatus.matched("EXACT_REFERENCE")),
                    line(FIRST, "50", Direction.DEBIT, LineStatus.matched("EXACT_REFERENCE"))), statuses,
                    List.of(pageTwo, new ClosingStatement(pageOneClosing, Optional.empty())), Optional.empty());

            ClosedDay closed = closed(firstDay().close(monday, AUDITOR, CLOCK));

            assertThat(closed.closingBalance()).isEqualByComparingTo("850");
            assertThat(closed.statementReference()).isEqualTo("STMT/2");
        }

        @Test
        void linesInAnotherCurrencyThanTheBooksBlockTheClose() {
            DayEvidence monday = evidence(FIRST, List.of(line(FIRST, "1", Direction.CREDIT, LineStatus.matched("EXACT_REFERENCE"),
                    Currency.getInstance("USD"))), closing(FIRST, "1001"));

            assertThat(blockers(firstDay().close(monday, AUDITOR, CLOCK)))
                    .containsExactly(new OtherCurrency(CNY, java.util.Set.of(Currency.getInstance("USD"))));
        }
    }

    @Nested
    class DaysWithoutAStatement {

        ClosedDay friday;
        final LocalDate saturday = FIRST.plusDays(5);

        DaysWithoutAStatement() {
            AccountBooks fromFriday = new AccountBooks(books.id(), books.enterpriseId(), books.account(), CNY, saturday.minusDays(1),
                    new BigDecimal("1000.00"), AUDITOR, books.openedAt());
            friday = closed(StatementDay.of(fromFriday, saturday.minusDays(1), Optional.empty(), Optional.empty())
                    .close(evidence(saturday.minusDays(1), List.of(), closing(saturday.minusDays(1), "1000.00")), AUDITOR, CLOCK));
        }

        StatementDay saturday() {
            return StatementDay.of(books, saturday, Optional.empty(), Optional.of(friday));
        }

        @Test
        void closesWithoutMovementWhenTheBanksNextStatementOpensWithTheBalanceCarriedOver() {
            StatedBalance mondayOpening = new StatedBalance("STMT-MON", new BigDecimal("1000"), CNY, saturday.minusDays(1));

            ClosedDay closed = closed(saturday().close(new DayEvidence(saturday, List.of(), statuses, List.of(), Optional.of(mondayOpening)),
                    AUDITOR, CLOCK));

            assertThat(closed.basis()).isEqualTo(ClosedDay.Basis.NO_MOVEMENT_CONFIRMED);
            assertThat(closed.closingBalance()).isEqualByComparingTo("1000.00");
            assertThat(closed.statementReference()).isEqualTo("STMT-MON");
        }

        @Test
        void staysOpenUntilTheBankHasSaidSomethingAfterIt() {
            assertThat(blockers(saturday().close(new DayEvidence(saturday, List.of(), statuses, List.of(), Optional.empty()), AUDITOR, CLOCK)))
                    .containsExactly(new NoClosingStatement(0, Optional.empty()));
        }

        @Test
        void staysOpenWhenTheNextStatementOpensWithAnotherBalance() {
            StatedBalance mondayOpening = new StatedBalance("STMT-MON", new BigDecimal("990"), CNY, saturday.minusDays(1));

            List<CloseBlocker> blockers = blockers(saturday().close(
                    new DayEvidence(saturday, List.of(), statuses, List.of(), Optional.of(mondayOpening)), AUDITOR, CLOCK));

            assertThat(blockers).singleElement().extracting(CloseBlocker::detail)
                    .isEqualTo("no statement closes the day, and the next statement STMT-MON opens with 990, not the balance carried over");
        }

        @Test
        void staysOpenWhenLinesAreBookedOnItWithoutAStatementThatClosesIt() {
            StatedBalance mondayOpening = new StatedBalance("STMT-MON", new BigDecimal("1000"), CNY, saturday.minusDays(1));
            BookedLine booked = line(saturday, "3", Direction.DEBIT, LineStatus.matched("EXACT_REFERENCE"));

            assertThat(blockers(saturday().close(new DayEvidence(saturday, List.of(booked), statuses, List.of(), Optional.of(mondayOpening)),
                    AUDITOR, CLOCK))).containsExactly(new NoClosingStatement(1, Optional.of(mondayOpening)));
        }
    }

    @Nested
    class Reconciliation {

        @Test
        void aLineNeitherMatchedNorInAnOpenCaseBlocksTheCloseNamingIt() {
            BookedLine stray = line(FIRST, "10", Direction.DEBIT, LineStatus.UNRECONCILED);
            BookedLine matched = line(FIRST, "10", Direction.CREDIT, LineStatus.matched("EXACT_REFERENCE"));

            assertThat(blockers(firstDay().close(evidence(FIRST, List.of(stray, matched), closing(FIRST, "1000")), AUDITOR, CLOCK)))
                    .containsExactly(new LinesUnreconciled(1, List.of(stray.id())));
        }

        @Test
        void aLineWhoseStandingCannotBeToldIsNeverTakenAsReconciled() {
            BookedLine unknown = line(FIRST, "10", Direction.CREDIT, null);

            List<CloseBlocker> blockers = blockers(firstDay().close(evidence(FIRST, List.of(unknown), closing(FIRST, "1010")), AUDITOR, CLOCK));

            assertThat(blockers).containsExactly(new ReconciliationUnknown(1, List.of(unknown.id())));
        }

        @Test
        void aRefusalCountsEveryUnreconciledLineButNamesAtMostFifty() {
            List<BookedLine> lines = java.util.stream.IntStream.range(0, 60)
                    .mapToObj(i -> line(FIRST, "1", Direction.CREDIT, LineStatus.UNRECONCILED)).toList();

            LinesUnreconciled blocker = (LinesUnreconciled) blockers(firstDay().close(evidence(FIRST, lines, closing(FIRST, "1060")),
                    AUDITOR, CLOCK)).getFirst();

            assertThat(blocker.count()).isEqualTo(60);
            assertThat(blocker.lineIds()).hasSize(50);
            assertThat(blocker.detail()).isEqualTo("60 line(s) neither matched nor in an open discrepancy case");
        }
    }

    /** Every (state, act) pair of a day: open and closed, asked to close and asked to take new lines. */
    @Test
    void transitionTable() {
        DayEvidence balanced = evidence(FIRST, List.of(), closing(FIRST, "1000.00"));
        DayEvidence unbalanced = evidence(FIRST, List.of(), closing(FIRST, "1.00"));
        StatementDay open = firstDay();
        ClosedDay closedDay = closed(open.close(balanced, AUDITOR, CLOCK));
        StatementDay closed = StatementDay.of(books, FIRST, Optional.of(closedDay), Optional.empty());

        // open + close: closed now, or refused with what blocks
        assertThat(open.close(balanced, AUDITOR, CLOCK)).isEqualTo(new DayClosed(closedDay, false));
        assertThat(open.close(unbalanced, AUDITOR, CLOCK)).isInstanceOf(CloseRefused.class);
        // open + new lines: admitted
        assertThat(open.admitNewLines()).isEqualTo(new StatementDay.LineAdmission.Admitted());
        // closed + close: the same close again, whatever the bank says now, and by whoever asks
        assertThat(closed.close(unbalanced, UUID.randomUUID(), Clock.offset(CLOCK, java.time.Duration.ofDays(1))))
                .isEqualTo(new DayClosed(closedDay, true));
        // closed + new lines: refused, naming the day
        assertThat(closed.admitNewLines()).isInstanceOfSatisfying(StatementDay.LineAdmission.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo("the day 2026-03-02 of account 6222020200112233 is closed"));
    }

    @Test
    void evidenceOfAnotherDayIsNotAcceptedToCloseADay() {
        assertThatThrownBy(() -> firstDay().close(evidence(FIRST.plusDays(1), List.of()), AUDITOR, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayEvidence(FIRST, List.of(line(FIRST.plusDays(1), "1", Direction.CREDIT, null)), Map.of(),
                List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on 2026-03-02");
    }
}
