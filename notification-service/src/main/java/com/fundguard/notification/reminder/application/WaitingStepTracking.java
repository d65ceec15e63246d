package com.fundguard.notification.reminder.application;

import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.application.TransferEventSubscriber;
import com.fundguard.notification.notice.domain.NoticedTransfer;
import com.fundguard.notification.notice.domain.TransferOccurrence;
import java.util.Optional;

/**
 * Keeps which step of each transfer waits, from the transfer events the notices already consume: submitted, audited
 * and step-approved start the step that now waits (the kept transfer knows which); any other transfer event ends it.
 * Execution and reconciliation (settled) events change no approval: they end nothing. Runs in the event's inbox transaction, after the kept transfer was saved.
 */
public class WaitingStepTracking implements TransferEventSubscriber {

    private final NoticedTransfers transfers;
    private final WaitingSteps steps;

    public WaitingStepTracking(NoticedTransfers transfers, WaitingSteps steps) {
        this.transfers = transfers;
        this.steps = steps;
    }

    @Override
    public void occurred(TransferOccurrence occurrence) {
        if (!occurrence.kind().eventType().startsWith("com.fundguard.transfer.")) {
            return;
        }
        Optional<NoticedTransfer> transfer = transfers.find(occurrence.enterpriseId(), occurrence.transferId());
        boolean aStepWaits = occurrence.kind().startsAStep()
                && transfer.flatMap(NoticedTransfer::currentStepRole).isPresent();
        if (aStepWaits) {
            steps.waits(occurrence.enterpriseId(), occurrence.transferId(), transfer.get().currentStep(),
                    occurrence.occurredAt());
        } else {
            steps.noneWaits(occurrence.enterpriseId(), occurrence.transferId(), occurrence.occurredAt());
        }
    }
}
