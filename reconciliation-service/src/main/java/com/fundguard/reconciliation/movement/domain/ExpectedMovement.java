package com.fundguard.reconciliation.movement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A movement the bank should show (or, once failed, should not) because the platform executed a transfer: the
 * payer account is debited with the amount, found on the statement by its end-to-end id or bank reference.
 * bank-connector's reports move it on; an outcome once final stays, and a report older than the one it rests on
 * changes nothing.
 */
public record ExpectedMovement(UUID enterpriseId, UUID transferId, String reference, String endToEndId, String payerAccount,
                               String payeeAccount, BigDecimal amount, Currency currency, MovementStatus status,
                               Optional<String> bankReference, int attempt, Instant occurredAt) {

    public ExpectedMovement {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The first report about a transfer starts its expectation, whatever it says. */
    public static ExpectedMovement expect(ExecutionReport first) {
        return new ExpectedMovement(first.enterpriseId(), first.transferId(), first.reference(), first.endToEndId(),
                first.payerAccount(), first.payeeAccount(), first.amount(), first.currency(), first.status(),
                first.bankReference(), first.attempt(), first.occurredAt());
    }

    /** Why a report changed nothing. */
    public enum Unchanged {
        /** The report is not later than the one the expectation rests on (a redelivery or an older report). */
        NOT_LATER,
        /** The outcome is final and the report agrees with it (published again, or an older attempt's). */
        FINAL_ALREADY,
        /** The outcome is final and the report says otherwise: bank-connector never does that; kept, and worth a look. */
        CONTRADICTS_FINAL
    }

    /** What a report did: started the expectation, moved it, or left it as it was and why. */
    public sealed interface Reported {
    }

    public record Expected(ExpectedMovement now) implements Reported {
    }

    public record Moved(ExpectedMovement now, MovementStatus from) implements Reported {
    }

    public record Kept(Unchanged why) implements Reported {
    }

    /** bank-connector reported on this transfer again: an unknown outcome becomes what the later report says. */
    public Reported report(ExecutionReport report) {
        if (!report.transferId().equals(transferId) || !report.enterpriseId().equals(enterpriseId)) {
            throw new IllegalArgumentException("a report about transfer " + report.transferId() + " is not about " + transferId);
        }
        if (status.isFinal()) {
            return new Kept(report.status() == status || report.status() == MovementStatus.OUTCOME_UNKNOWN && !report.isLaterThan(attempt, occurredAt)
                    ? Unchanged.FINAL_ALREADY : Unchanged.CONTRADICTS_FINAL);
        }
        if (!report.isLaterThan(attempt, occurredAt)) {
            return new Kept(Unchanged.NOT_LATER);
        }
        return new Moved(expect(report), status);
    }
}
