package com.fundguard.reconciliation.recall.adapter.out.bank;

import com.fundguard.bank.channel.BankChannels;
import com.fundguard.bank.channel.CancellationOutcome;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.bank.iso20022.CancellationRequest;
import com.fundguard.bank.iso20022.IsoMessageException;
import com.fundguard.reconciliation.recall.application.BankAnswer;
import com.fundguard.reconciliation.recall.application.BankRecalls;
import com.fundguard.reconciliation.recall.domain.Recall;
import java.util.Optional;

/**
 * Recalls through the payer bank's guarded channel as camt.055.001.08, answered by camt.029. The request is built from
 * the recall alone, so every send of the same recall is the same request (case id {@code CXL<end-to-end id>}, the same
 * order, amount and reason): the bank answers a repeat as it answered the first and reverses at most once. The guard
 * retries a call without an answer a few times at once; whatever is still unanswered is the follow-up's.
 */
public class ChannelBankRecalls implements BankRecalls {

    private final BankChannels banks;

    public ChannelBankRecalls(BankChannels banks) {
        this.banks = banks;
    }

    @Override
    public BankAnswer send(Recall.Snapshot recall) {
        var bank = banks.bank(recall.bankCode());
        if (bank.isEmpty()) {
            return new BankAnswer.Unanswered("no channel is configured for bank " + recall.bankCode() + " (fundguard.banks.channels)");
        }
        CancellationRequest request = new CancellationRequest(recall.holderName(), recall.payerAccount(), recall.bankCode(), recall.endToEndId(),
                Optional.empty(), recall.amount().stripTrailingZeros().setScale(Math.max(0, recall.amount().stripTrailingZeros().scale())),
                recall.currency(), recall.reason().isoCode());
        try {
            return switch (bank.get().requestCancellation(request)) {
                case CancellationOutcome.Cancelled cancelled -> new BankAnswer.Accepted(cancelled.reversalReference());
                case CancellationOutcome.Refused refused -> new BankAnswer.Rejected(refused.reasonCode());
                case CancellationOutcome.Pending pending -> new BankAnswer.Pending();
            };
        } catch (OutcomeUnknownException | OrderNotSentException e) {
            return new BankAnswer.Unanswered("the bank did not answer: " + e.getMessage());
        } catch (IsoMessageException e) {
            // The bank could not read what we wrote: not the bank's decision on the transfer. Kept visible and sent again,
            // unchanged, until someone fixes the writer; nothing was reversed.
            return new BankAnswer.Unanswered("the bank could not read the cancellation request: " + e.getMessage());
        }
    }
}
