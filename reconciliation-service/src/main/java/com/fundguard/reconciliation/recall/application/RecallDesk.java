package com.fundguard.reconciliation.recall.application;

import com.fundguard.reconciliation.recall.domain.Recall;
import com.fundguard.reconciliation.recall.domain.RecallEvent;
import com.fundguard.reconciliation.recall.domain.RecallReason;
import com.fundguard.reconciliation.recall.domain.RecallRefusal;
import com.fundguard.reconciliation.recall.domain.RecallWindow;
import com.fundguard.reconciliation.recall.domain.RecalledTransfer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recalls of executed transfers. A request is checked (the transfer known and executed, within the window, its payer
 * account's bank reachable), kept with its recall-requested event in one transaction, then sent to the bank outside
 * any transaction; the answer is kept with its event in another. A request repeated with the same idempotency key
 * answers with the recall as it stands, and sends nothing; one with another key is refused: one recall per transfer.
 * A recall the bank has not answered finally is sent again by {@link #followUpDue} — the same camt.055, which the bank
 * answers as it did the first (bank-channel's protocol has no separate inquiry for recalls).
 */
public class RecallDesk {

    private static final Logger log = LoggerFactory.getLogger(RecallDesk.class);

    /** What a request for a recall gave. */
    public sealed interface RequestAnswer {
    }

    /** A new recall, sent, as the bank left it. */
    public record Created(Recall recall) implements RequestAnswer {
    }

    /** The request was made before with this idempotency key: the recall as it stands, nothing sent. */
    public record Repeated(Recall recall) implements RequestAnswer {
    }

    public record Refused(RecallRefusal refusal) implements RequestAnswer {
    }

    private final Recalls recalls;
    private final RecalledTransfers transfers;
    private final PayerBanks payerBanks;
    private final BankRecalls bank;
    private final RecallEvents events;
    private final RecallWindow window;
    private final Duration followUp;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** @param followUp how long after a send without a final answer the same request goes again */
    public RecallDesk(Recalls recalls, RecalledTransfers transfers, PayerBanks payerBanks, BankRecalls bank, RecallEvents events,
                      RecallWindow window, Duration followUp, TransactionTemplate transactions, Clock clock) {
        this.recalls = recalls;
        this.transfers = transfers;
        this.payerBanks = payerBanks;
        this.bank = bank;
        this.events = events;
        this.window = window;
        this.followUp = followUp;
        this.transactions = transactions;
        this.clock = clock;
    }

    public RequestAnswer request(UUID enterpriseId, UUID transferId, UUID requestedBy, String idempotencyKey, RecallReason reason) {
        Optional<Recall> earlier = recalls.findByTransfer(enterpriseId, transferId);
        if (earlier.isPresent()) {
            return repeatedOrRefused(earlier.get(), idempotencyKey);
        }
        Optional<RecalledTransfer> transfer = transfers.find(enterpriseId, transferId);
        if (transfer.isEmpty()) {
            return new Refused(new RecallRefusal.UnknownTransfer(transferId));
        }
        Optional<Recall.PayerBank> payerBank = payerBanks.of(enterpriseId, transfer.get().payerAccount());
        if (payerBank.isEmpty()) {
            return new Refused(new RecallRefusal.NoBankForAccount(transfer.get().payerAccount()));
        }
        Instant now = now();
        Recall.RequestOutcome outcome = Recall.request(UUID.randomUUID(), transfer.get(), payerBank.get(), reason, requestedBy, idempotencyKey,
                window, now, followUp);
        if (outcome instanceof Recall.Refused refused) {
            return new Refused(refused.refusal());
        }
        Recall.Requested requested = (Recall.Requested) outcome;
        try {
            transactions.executeWithoutResult(status -> {
                recalls.add(requested.recall());
                events.publish(List.of(requested.event()));
            });
        } catch (DuplicateKeyException sameTransferAtTheSameMoment) {
            return repeatedOrRefused(recalls.findByTransfer(enterpriseId, transferId).orElseThrow(() -> sameTransferAtTheSameMoment),
                    idempotencyKey);
        }
        return new Created(send(requested.recall()));
    }

    public Optional<Recall> find(UUID enterpriseId, UUID transferId) {
        return recalls.findByTransfer(enterpriseId, transferId);
    }

    /** Sends again every recall whose answer is still open and due; the number sent. One failing never stops the rest. */
    public int followUpDue(int limit) {
        List<Recall> due = recalls.due(now(), limit);
        for (Recall recall : due) {
            try {
                send(recall);
            } catch (RuntimeException e) {
                log.warn("recall {} of transfer {} not followed up, tried again next round: {}", recall.id(), recall.transferId(), e.toString());
            }
        }
        return due.size();
    }

    private RequestAnswer repeatedOrRefused(Recall earlier, String idempotencyKey) {
        return earlier.idempotencyKey().equals(idempotencyKey) ? new Repeated(earlier)
                : new Refused(new RecallRefusal.AlreadyRequested(earlier.id(), earlier.state()));
    }

    /** Sends the recall (outside any transaction: the bank may take seconds) and keeps what the bank said. */
    private Recall send(Recall recall) {
        BankAnswer answer = bank.send(recall.snapshot());
        Instant now = now();
        List<RecallEvent> caused = switch (answer) {
            case BankAnswer.Accepted accepted -> recall.acceptedByBank(accepted.reversalReference(), now);
            case BankAnswer.Rejected rejected -> recall.rejectedByBank(rejected.reasonCode(), now);
            case BankAnswer.Pending pending -> recall.pendingAtBank(now, now.plus(followUp));
            case BankAnswer.Unanswered unanswered -> {
                log.warn("recall {} of transfer {}: no answer from bank {}, the same request goes again at {}: {}", recall.id(),
                        recall.transferId(), recall.snapshot().bankCode(), now.plus(followUp), unanswered.why());
                yield recall.unansweredByBank(unanswered.why(), now, now.plus(followUp));
            }
        };
        Boolean kept = transactions.execute(status -> {
            if (!recalls.update(recall)) {
                return false;
            }
            events.publish(caused);
            return true;
        });
        if (!Boolean.TRUE.equals(kept)) {
            // Another send (a follow-up racing this one) kept its answer first: the bank answers both alike, and that one stands.
            log.info("recall {}: another send kept the bank's answer first", recall.id());
        }
        return recalls.findByTransfer(recall.enterpriseId(), recall.transferId()).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
