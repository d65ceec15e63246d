package com.fundguard.reconciliation.discrepancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Disputes within 180 days of the original transaction; the 180th day is the last. */
class DisputeWindowTest {

    static final DisputeWindow BANKS = DisputeWindow.days(180);
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    @Test
    void aTransactionOf180DaysAgoMayStillBeDisputedButNotOneDayOlder() {
        assertThat(BANKS.refusal(TODAY.minusDays(180), TODAY)).isEmpty();
        assertThat(BANKS.refusal(TODAY.minusDays(181), TODAY)).hasValueSatisfying(why -> assertThat(why)
                .contains("older than the dispute window of 180 days").contains(TODAY.minusDays(181).toString()));
    }

    @Test
    void todaysTransactionMayBeDisputedButNotTomorrows() {
        assertThat(BANKS.refusal(TODAY, TODAY)).isEmpty();
        assertThat(BANKS.refusal(TODAY.plusDays(1), TODAY)).hasValueSatisfying(why -> assertThat(why).contains("future"));
    }

    @Test
    void theWindowIsWhatTheEnterpriseConfigures() {
        assertThat(DisputeWindow.days(30).refusal(TODAY.minusDays(31), TODAY)).isPresent();
        assertThat(DisputeWindow.days(365).refusal(TODAY.minusDays(200), TODAY)).isEmpty();
    }
}
