package com.fundguard.reconciliation.movement.domain;

import static com.fundguard.reconciliation.movement.domain.MovementStatus.EXECUTED;
import static com.fundguard.reconciliation.movement.domain.MovementStatus.OUTCOME_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Kept;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Moved;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Reported;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement.Unchanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A transfer's expected movement under bank-connector's reports: every (state, report) pair. */
class ExpectedMovementTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID TRANSFER = UUID.randomUUID();
    static final Instant T = Instant.parse("2025-03-14T02:00:00Z");

    /** When a report comes, relative to the one the expectation rests on (attempt 2 at T). */
    enum When {
        LATER(2, T.plusSeconds(60)),
        SAME(2, T),
        OLDER(2, T.minusSeconds(60));

        final int attempt;
        final Instant at;

        When(int attempt, Instant at) {
            this.attempt = attempt;
            this.at = at;
        }
    }

    static ExecutionReport report(MovementStatus status, int attempt, Instant at) {
        return new ExecutionReport(ENTERPRISE, TRANSFER, "PAY-2025-0042", "E2E-0042", attempt, status,
                status == EXECUTED ? Optional.of("BANK-REF-" + attempt) : Optional.empty(), "CN0001", "CN0002",
                new BigDecimal("1250.00"), Currency.getInstance("CNY"), at);
    }

    static ExpectedMovement resting(MovementStatus status) {
        return ExpectedMovement.expect(report(status, 2, T));
    }

    /** Every (state, report) pair; MOVED means the expectation now says what the report says. */
    @ParameterizedTest(name = "{0} reported {1} ({2}): {3}")
    @CsvSource({
            "OUTCOME_UNKNOWN, EXECUTED,        LATER, MOVED",
            "OUTCOME_UNKNOWN, EXECUTED,        SAME,  NOT_LATER",
            "OUTCOME_UNKNOWN, EXECUTED,        OLDER, NOT_LATER",
            "OUTCOME_UNKNOWN, FAILED,          LATER, MOVED",
            "OUTCOME_UNKNOWN, FAILED,          SAME,  NOT_LATER",
            "OUTCOME_UNKNOWN, FAILED,          OLDER, NOT_LATER",
            "OUTCOME_UNKNOWN, OUTCOME_UNKNOWN, LATER, MOVED",
            "OUTCOME_UNKNOWN, OUTCOME_UNKNOWN, SAME,  NOT_LATER",
            "OUTCOME_UNKNOWN, OUTCOME_UNKNOWN, OLDER, NOT_LATER",
            "EXECUTED,        EXECUTED,        LATER, FINAL_ALREADY",
            "EXECUTED,        EXECUTED,        SAME,  FINAL_ALREADY",
            "EXECUTED,        EXECUTED,        OLDER, FINAL_ALREADY",
            "EXECUTED,        FAILED,          LATER, CONTRADICTS_FINAL",
            "EXECUTED,        FAILED,          SAME,  CONTRADICTS_FINAL",
            "EXECUTED,        FAILED,          OLDER, CONTRADICTS_FINAL",
            "EXECUTED,        OUTCOME_UNKNOWN, LATER, CONTRADICTS_FINAL",
            "EXECUTED,        OUTCOME_UNKNOWN, SAME,  FINAL_ALREADY",
            "EXECUTED,        OUTCOME_UNKNOWN, OLDER, FINAL_ALREADY",
            "FAILED,          EXECUTED,        LATER, CONTRADICTS_FINAL",
            "FAILED,          EXECUTED,        SAME,  CONTRADICTS_FINAL",
            "FAILED,          EXECUTED,        OLDER, CONTRADICTS_FINAL",
            "FAILED,          FAILED,          LATER, FINAL_ALREADY",
            "FAILED,          FAILED,          SAME,  FINAL_ALREADY",
            "FAILED,          FAILED,          OLDER, FINAL_ALREADY",
            "FAILED,          OUTCOME_UNKNOWN, LATER, CONTRADICTS_FINAL",
            "FAILED,          OUTCOME_UNKNOWN, SAME,  FINAL_ALREADY",
            "FAILED,          OUTCOME_UNKNOWN, OLDER, FINAL_ALREADY",
    })
    void onlyALaterReportMovesAnUnknownOutcomeAndAFinalOneStays(MovementStatus state, MovementStatus reported, When when, String outcome) {
        ExecutionReport report = report(reported, when.attempt, when.at);

        Reported result = resting(state).report(report);

        if (outcome.equals("MOVED")) {
            assertThat(result).isEqualTo(new Moved(ExpectedMovement.expect(report), state));
        } else {
            assertThat(result).isEqualTo(new Kept(Unchanged.valueOf(outcome)));
        }
    }

    @ParameterizedTest(name = "attempt {0} at T{1}s: later = {2}")
    @CsvSource({"3, -3600, true", "2, 1, true", "2, 0, false", "2, -1, false", "1, 3600, false"})
    void aLaterAttemptIsLaterWhateverItsClockSaysAndWithinAnAttemptTimeDecides(int attempt, long seconds, boolean later) {
        assertThat(report(EXECUTED, attempt, T.plusSeconds(seconds)).isLaterThan(2, T)).isEqualTo(later);
    }

    @Test
    void theFirstReportStartsTheExpectationWithWhatItSays() {
        ExpectedMovement movement = ExpectedMovement.expect(report(OUTCOME_UNKNOWN, 1, T));

        assertThat(movement.status()).isEqualTo(OUTCOME_UNKNOWN);
        assertThat(movement.amount()).isEqualByComparingTo("1250.00");
        assertThat(movement.bankReference()).isEmpty();
    }

    @Test
    void anUnknownOutcomeSettledByTheBankTakesItsBankReference() {
        Reported reported = resting(OUTCOME_UNKNOWN).report(report(EXECUTED, 2, T.plusSeconds(1)));

        assertThat(reported).isInstanceOfSatisfying(Moved.class, moved -> {
            assertThat(moved.now().status()).isEqualTo(EXECUTED);
            assertThat(moved.now().bankReference()).contains("BANK-REF-2");
        });
    }

    @Test
    void aReportAboutAnotherTransferIsNotThisOnes() {
        ExecutionReport other = new ExecutionReport(ENTERPRISE, UUID.randomUUID(), "R", "E", 1, EXECUTED, Optional.empty(), "A", "B",
                BigDecimal.ONE, Currency.getInstance("CNY"), T);

        assertThatThrownBy(() -> resting(OUTCOME_UNKNOWN).report(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportWithoutAPositiveAmountInItsCurrencysDecimalsIsNotAReport() {
        assertThatThrownBy(() -> new ExecutionReport(ENTERPRISE, TRANSFER, "R", "E", 1, EXECUTED, Optional.empty(), "A", "B",
                BigDecimal.ZERO, Currency.getInstance("CNY"), T)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new ExecutionReport(ENTERPRISE, TRANSFER, "R", "E", 1, EXECUTED, Optional.empty(), "A", "B",
                new BigDecimal("10.5"), Currency.getInstance("JPY"), T)).hasMessageContaining("decimals");
    }
}
