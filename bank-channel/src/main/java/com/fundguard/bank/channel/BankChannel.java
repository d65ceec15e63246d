package com.fundguard.bank.channel;

import com.fundguard.bank.iso20022.CancellationRequest;
import java.time.LocalDate;

/**
 * What FundGuard asks of a bank (the wire protocol is in {@code docs/channel-protocol.md}). Every method either
 * answers with what the bank said or throws one of two exceptions that tell the caller what it may do next:
 * {@link OrderNotSentException} (nothing left: trying again later is safe) and {@link OutcomeUnknownException} (the
 * request may have reached the bank: for a submission, only an inquiry may decide what happened).
 */
public interface BankChannel {

    /**
     * Sends one signed pain.001 payment order. Never retried inside: a second attempt is the caller's decision,
     * taken only after the bank confirmed by {@link #inquire} that it has no such order.
     */
    SubmissionOutcome submit(SignedOrder order, OnlineBankingLogin login);

    /** What the bank knows of the order with this end-to-end id on this debtor account. Safe to repeat. */
    InquiryOutcome inquire(String debtorAccount, String endToEndId);

    /** The camt.053.001.08 statement of {@code account} for {@code day}, as the bank sent it. Safe to repeat. */
    byte[] statement(String account, LocalDate day);

    /**
     * Asks the bank to cancel (recall) a booked order: a camt.055 naming the order by its end-to-end id on the debtor
     * account, answered by a camt.029. Safe to repeat, also after {@link OutcomeUnknownException}: the request names the
     * original order, so the bank answers a repeated request as it answered the first and reverses a booking at most
     * once. Made by the platform's server, never by the operator agent; the ISO classes behind it (prowide) are an
     * optional dependency of this library that only a caller of this method declares.
     *
     * @throws UnsupportedOperationException from a channel that cannot recall (the default: test doubles of the agent's
     *                                       channel need not implement it)
     */
    default CancellationOutcome requestCancellation(CancellationRequest request) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not send cancellation requests");
    }
}
