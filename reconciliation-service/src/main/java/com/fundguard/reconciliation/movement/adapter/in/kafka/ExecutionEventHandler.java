package com.fundguard.reconciliation.movement.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.MalformedEventException;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.reconciliation.movement.application.ExecutionOutcomes;
import com.fundguard.reconciliation.movement.domain.ExecutionReport;
import com.fundguard.reconciliation.movement.domain.MovementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** One of bank-connector's execution event types, read into an {@link ExecutionReport} through the event inbox. */
public class ExecutionEventHandler implements EventHandler {

    /** The execution events that say where a transfer's money stands; {@code claimed.v1} says nothing of it (ignored in configuration). */
    public enum Reported {
        EXECUTED("com.fundguard.execution.executed.v1", MovementStatus.EXECUTED),
        FAILED("com.fundguard.execution.failed.v1", MovementStatus.FAILED),
        OUTCOME_UNKNOWN("com.fundguard.execution.outcome-unknown.v1", MovementStatus.OUTCOME_UNKNOWN);

        final String type;
        final MovementStatus status;

        Reported(String type, MovementStatus status) {
            this.type = type;
            this.status = status;
        }
    }

    private final Reported reported;
    private final EventEnvelopeCodec codec;
    private final ExecutionOutcomes outcomes;

    public ExecutionEventHandler(Reported reported, EventEnvelopeCodec codec, ExecutionOutcomes outcomes) {
        this.reported = reported;
        this.codec = codec;
        this.outcomes = outcomes;
    }

    @Override
    public String eventType() {
        return reported.type;
    }

    @Override
    public void apply(EventEnvelope event) {
        outcomes.reported(read(event));
    }

    private ExecutionReport read(EventEnvelope event) {
        ExecutionEventV1 e = codec.dataAs(event, ExecutionEventV1.class);
        Instant occurredAt = switch (reported) {
            case EXECUTED -> e.executedAt();
            case FAILED -> e.failedAt();
            case OUTCOME_UNKNOWN -> e.at();
        };
        try {
            if (e.movement() == null || e.attempt() == null) {
                throw new IllegalArgumentException("movement and attempt are required");
            }
            return new ExecutionReport(UUID.fromString(event.enterpriseid()), e.transferId(), e.reference(), e.endToEndId(), e.attempt(),
                    reported.status, Optional.ofNullable(e.bankReference()).filter(r -> !r.isBlank()), e.movement().payerAccount(),
                    e.movement().payeeAccount(), new BigDecimal(e.movement().amount()), Currency.getInstance(e.movement().currency()),
                    occurredAt);
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            // Never retried: the same bytes will not read better the next time; the dead-letter topic keeps them with the reason.
            throw new MalformedEventException(event.type() + " " + event.id() + " does not describe a movement: " + unreadable.getMessage());
        }
    }
}
