package com.fundguard.bankconnector.execution.adapter.out.bank;

import com.fundguard.bank.channel.BankChannels;
import com.fundguard.bank.channel.GuardedBankChannel;
import com.fundguard.bank.channel.InquiryOutcome;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.bankconnector.execution.application.BankInquiries;
import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.bankconnector.execution.domain.InquiryAnswer;
import java.util.Optional;

/**
 * Status inquiries through each bank's channel, each behind its own guards (a circuit breaker, a bulkhead, retries:
 * safe here, an inquiry changes nothing at the bank). Submissions never come through here: the agent sends them,
 * once. No answer, however it fails, is {@link InquiryAnswer.Unanswered}: the execution asks again later.
 */
public class ResilientBankInquiries implements BankInquiries {

    private final BankChannels banks;

    public ResilientBankInquiries(BankChannels banks) {
        this.banks = banks;
    }

    @Override
    public InquiryAnswer inquire(String payerBankCode, ExecutionOrder order) {
        GuardedBankChannel bank = banks.bank(payerBankCode).orElse(null);
        if (bank == null) {
            return new InquiryAnswer.Unanswered(Optional.of("no channel is configured for bank " + payerBankCode));
        }
        try {
            return switch (bank.inquire(order.payerAccount(), order.endToEndId())) {
                case InquiryOutcome.NoSuchOrder none -> new InquiryAnswer.NoSuchOrder();
                // Booked without the bank's reference is not an answer reconciliation could match: ask again.
                case InquiryOutcome.Known known when known.booked() -> known.bankReference().<InquiryAnswer>map(InquiryAnswer.Booked::new)
                        .orElseGet(() -> new InquiryAnswer.Unanswered(Optional.of("the bank said booked but gave no reference")));
                case InquiryOutcome.Known known when known.rejected() -> new InquiryAnswer.Rejected(known.reasonCode().orElse("NARR"));
                case InquiryOutcome.Known known -> new InquiryAnswer.Pending(known.status());
            };
        } catch (OutcomeUnknownException | OrderNotSentException e) {
            return new InquiryAnswer.Unanswered(Optional.of("the bank did not answer: " + e.getMessage()));
        }
    }

    /** The guards' state for a bank, for health and tests. */
    public Optional<GuardedBankChannel> bank(String bankCode) {
        return banks.bank(bankCode);
    }
}
