package com.fundguard.reconciliation.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.matching.domain.MatchPass;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auto-match rate leaves out money received that concerns no transfer and bookings reported twice, nothing else. */
class AccountMatchRatesTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void theRateIsMatchedLinesOverLinesLessUnrelatedAndRepeated() {
        // 10 lines: 6 matched, 1 in a case, 1 unrelated, 1 repeated, 1 not yet examined: 6 / (10 - 1 - 1) = 75 %
        AccountMatchRates rates = new AccountMatchRates("CN62", CNY, 10, Map.of(MatchPass.EXACT_REFERENCE, 4L, MatchPass.GROUP, 2L),
                Map.of(DiscrepancyType.FEE, 1L), Map.of(SetAside.UNRELATED, 1L, SetAside.REPEATED, 1L), 1, 0, 8, 1, 6);

        assertThat(rates.matched()).isEqualTo(6);
        assertThat(rates.inCases()).isEqualTo(1);
        assertThat(rates.setAsideTotal()).isEqualTo(2);
        assertThat(rates.autoMatchRatePercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75.00"));
        assertThat(rates.transferMatchRatePercent()).hasValueSatisfying(p -> assertThat(p).hasToString("75.00"));
        assertThat(rates.matchedByPass()).containsEntry(MatchPass.COUNTERPARTY_WINDOW, 0L).hasSize(MatchPass.values().length);
    }

    @Test
    void aLineBeyondTheDisputeWindowCountsAgainstTheRateAndRatesRoundHalfUpToTwoDecimals() {
        // 2 of 3: 66.666... -> 66.67
        AccountMatchRates rates = new AccountMatchRates("CN62", CNY, 3, Map.of(MatchPass.TOLERANCE, 2L), Map.of(),
                Map.of(SetAside.BEYOND_DISPUTE_WINDOW, 1L), 0, 0, 0, 0, 0);
        assertThat(rates.autoMatchRatePercent()).hasValueSatisfying(p -> assertThat(p).hasToString("66.67"));
    }

    @Test
    void withNothingToMatchThereIsNoRateRatherThanZeroOrAHundred() {
        AccountMatchRates onlyReceipts = new AccountMatchRates("CN62", CNY, 2, Map.of(), Map.of(), Map.of(SetAside.UNRELATED, 2L), 0, 0, 0,
                0, 0);
        assertThat(onlyReceipts.autoMatchRatePercent()).isEmpty();
        assertThat(onlyReceipts.transferMatchRatePercent()).isEmpty();
    }

    @Test
    void figuresThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new AccountMatchRates("CN62", CNY, 5, Map.of(MatchPass.GROUP, 2L), Map.of(), Map.of(), 1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(5)").hasMessageContaining("(3)");
        assertThatThrownBy(() -> new AccountMatchRates("CN62", CNY, 0, Map.of(), Map.of(), Map.of(), 0, 0, 1, 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodIsAtMost366DaysAndNeverEndsBeforeItStarts() {
        assertThat(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days()).isEqualTo(366);
        assertThat(new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).days()).isEqualTo(1);
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(InvalidReportRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.getMessage()).contains("at most 366 days", "is 367");
                });
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(InvalidReportRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
