package com.fundguard.reconciliation.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementPullPlanTest {

    static final LocalDate YESTERDAY = LocalDate.of(2026, 3, 16);
    final StatementPullPlan plan = new StatementPullPlan(YESTERDAY, YESTERDAY, 31);

    @Test
    void anAccountNeverPulledStartsWithYesterday() {
        assertThat(plan.daysDue(Optional.empty(), List.of())).containsExactly(YESTERDAY);
    }

    @Test
    void anAccountNeverPulledWithAConfiguredStartPullsFromThatDay() {
        assertThat(new StatementPullPlan(YESTERDAY, YESTERDAY.minusDays(2), 31).daysDue(Optional.empty(), List.of()))
                .containsExactly(YESTERDAY.minusDays(2), YESTERDAY.minusDays(1), YESTERDAY);
    }

    @Test
    void nothingIsDueWhenYesterdayWasAskedForAndNothingFailed() {
        assertThat(plan.daysDue(Optional.of(YESTERDAY), List.of())).isEmpty();
    }

    @Test
    void missedDaysAreDueOldestFirstTogetherWithTheDaysThatFailed() {
        assertThat(plan.daysDue(Optional.of(YESTERDAY.minusDays(3)), List.of(YESTERDAY.minusDays(10))))
                .containsExactly(YESTERDAY.minusDays(10), YESTERDAY.minusDays(2), YESTERDAY.minusDays(1), YESTERDAY);
    }

    @Test
    void aRoundTakesAtMostItsLimitOldestFirstAndTheRestIsDueNextRound() {
        StatementPullPlan small = new StatementPullPlan(YESTERDAY, YESTERDAY, 2);

        assertThat(small.daysDue(Optional.of(YESTERDAY.minusDays(5)), List.of(YESTERDAY.minusDays(9))))
                .containsExactly(YESTERDAY.minusDays(9), YESTERDAY.minusDays(4));
    }

    @Test
    void todayIsNeverDueItsStatementIsNotFinal() {
        assertThat(plan.daysDue(Optional.of(YESTERDAY), List.of(YESTERDAY.plusDays(1)))).isEmpty();
    }
}
