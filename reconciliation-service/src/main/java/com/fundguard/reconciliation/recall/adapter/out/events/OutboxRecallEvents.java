package com.fundguard.reconciliation.recall.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.reconciliation.recall.application.RecallEvents;
import com.fundguard.reconciliation.recall.domain.RecallEvent;
import java.util.List;

/** Recall events keyed by the transfer, so they stay in order with the transfer's other reconciliation events. */
public class OutboxRecallEvents implements RecallEvents {

    private final EventOutbox outbox;

    public OutboxRecallEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(List<? extends RecallEvent> events) {
        for (RecallEvent event : events) {
            switch (event) {
                case RecallEvent.RecallRequested r -> outbox.append(new OutgoingEvent("reconciliation", RecallRequestedV1.TYPE,
                        r.transferId().toString(), r.enterpriseId(), new RecallRequestedV1(r.recallId(), r.transferId(), r.endToEndId(),
                        r.payerAccount(), r.amount().toPlainString(), r.currency().getCurrencyCode(), r.reason().name(), r.requestedBy(), r.at())));
                case RecallEvent.RecallAnswered a -> outbox.append(new OutgoingEvent("reconciliation", RecallAnsweredV1.TYPE,
                        a.transferId().toString(), a.enterpriseId(), new RecallAnsweredV1(a.recallId(), a.transferId(), a.state().name(),
                        a.reasonCode().orElse(null), a.reversalReference().orElse(null), a.at())));
            }
        }
    }
}
