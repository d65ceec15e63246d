package com.fundguard.agent.execution;

import com.fundguard.agent.platform.AgentApi;
import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.BankCredentials;
import com.fundguard.bank.channel.OnlineBankingLogin;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.bank.channel.SignedOrder;
import com.fundguard.bank.channel.SubmissionOutcome;
import com.fundguard.bank.iso20022.IsoMessageException;
import com.fundguard.bank.iso20022.Pain001Writer;
import com.fundguard.bank.iso20022.PaymentOrder;
import com.fundguard.bank.signing.OrderSignature;
import com.fundguard.bank.signing.SigningRefusedException;
import com.fundguard.bank.signing.SigningToken;
import com.fundguard.crypto.sealing.SealedBox;
import com.fundguard.crypto.sealing.Sealing;
import java.io.PrintStream;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt at one claimed transfer: check the order against the approved hash, open the credentials sealed to a
 * one-time key, write and sign the pain.001, record {@code sending} with the platform, submit once, report. The bank
 * submission is never repeated here: whatever happens after it, only an inquiry (the platform's) decides.
 */
public final class OrderExecution {

    private final AgentApi platform;
    private final SigningToken token;
    private final BankChannel bank;
    private final Journal journal;
    private final StepListener steps;
    private final UUID enterpriseId;
    private final Clock clock;
    private final PrintStream log;

    public OrderExecution(AgentApi platform, SigningToken token, BankChannel bank, Journal journal, StepListener steps,
                          UUID enterpriseId, Clock clock, PrintStream log) {
        this.platform = platform;
        this.token = token;
        this.bank = bank;
        this.journal = journal;
        this.steps = steps;
        this.enterpriseId = enterpriseId;
        this.clock = clock;
        this.log = log;
    }

    /** Executes the claim and reports its result; returns the report, or empty when the lease was lost before sending. */
    public Optional<ExecutionReport> execute(Claim claim) {
        Journal.Entry claimed = new Journal.Entry(claim.claimId(), claim.order().transferId(), claim.order().reference(),
                ExecutionStep.CLAIMED, Optional.empty());
        journal.record(claimed);
        steps.reached(claimed);
        // The lease is kept until the result is reported: a report delayed by retries must not let it lapse.
        try (LeaseKeeper lease = LeaseKeeper.keep(platform, claim, clock)) {
            Optional<ExecutionReport> report = attempt(claim, claimed, lease);
            if (report.isEmpty()) {
                Journal.Entry dropped = claimed.at(ExecutionStep.DROPPED);
                journal.record(dropped);
                steps.reached(dropped);
                log.println(claim.order().reference() + ": the lease was lost before sending; nothing was sent");
                return report;
            }
            Journal.Entry known = claimed.withResult(report.get());
            journal.record(known);
            steps.reached(known);
            report(known);
            return report;
        }
    }

    /** Tells the platform a known result and records that it was told (also after a restart). */
    void report(Journal.Entry known) {
        ExecutionReport result = known.result().orElseThrow();
        if (!platform.result(known.claimId(), result)) {
            log.println(known.reference() + ": the platform did not take this result (it holds another, the claim is over, or it"
                    + " refused the report); it settles the transfer by inquiry at the bank");
        }
        Journal.Entry reported = known.at(ExecutionStep.REPORTED);
        journal.record(reported);
        steps.reached(reported);
        log.println(known.reference() + ": reported " + result.outcome()
                + (result.bankReference() != null ? " (bank reference " + result.bankReference() + ")" : "")
                + (result.reasonCode() != null ? " (" + result.reasonCode() + ")" : ""));
    }

    private Optional<ExecutionReport> attempt(Claim claim, Journal.Entry claimed, LeaseKeeper lease) {
        ClaimedOrder order = claim.order();
        PaymentOrder payment;
        try {
            if (!order.matchesApprovedContent()) {
                return Optional.of(ExecutionReport.contentMismatch());
            }
            payment = order.paymentOrder();
        } catch (RuntimeException e) {
            return Optional.of(ExecutionReport.notSent(ExecutionReport.INVALID_ORDER, "the order cannot be a payment order: " + e.getClass().getSimpleName()));
        }
        KeyPair oneTimeKey = Sealing.newRecipientKeyPair();
        byte[] sealed;
        switch (platform.credentials(claim.claimId(), oneTimeKey.getPublic())) {
            case AgentApi.CredentialsAnswer.Sealed box -> sealed = box.box();
            case AgentApi.CredentialsAnswer.LeaseLost lost -> {
                return Optional.empty();
            }
            case AgentApi.CredentialsAnswer.NoCredentials none -> {
                return Optional.of(ExecutionReport.notSent(ExecutionReport.NO_CREDENTIALS, "the platform holds no credentials for the payer account"));
            }
        }
        BankCredentials credentials;
        try {
            // Opened bytes go straight into char arrays (BankCredentials wipes them), never through a String.
            credentials = BankCredentials.fromBytes(new Sealing().open(oneTimeKey, SealedBox.fromBytes(sealed),
                    BankCredentials.associatedData(claim.claimId(), enterpriseId, order.payerAccount())));
        } catch (RuntimeException e) {
            return Optional.of(ExecutionReport.notSent(ExecutionReport.CREDENTIALS_UNREADABLE,
                    "the sealed credentials do not open with this attempt's key or are not a password and a PIN"));
        }
        try (credentials) {
            steps.reached(claimed.at(ExecutionStep.CREDENTIALS_OPENED));
            byte[] document;
            try {
                document = Pain001Writer.write(payment, messageId(), clock.instant());
            } catch (IsoMessageException e) {
                return Optional.of(ExecutionReport.notSent(ExecutionReport.INVALID_ORDER, "the order makes no valid pain.001"));
            }
            OrderSignature signature;
            try {
                signature = token.sign(document, credentials.pin());
            } catch (SigningRefusedException e) {
                return Optional.of(ExecutionReport.notSent(ExecutionReport.PIN_REFUSED, e.getMessage()));
            }
            steps.reached(claimed.at(ExecutionStep.SIGNED));
            if (lease.lost() || !platform.sending(claim.claimId())) {
                return Optional.empty();
            }
            Journal.Entry sending = claimed.at(ExecutionStep.SENDING_RECORDED);
            journal.record(sending);
            steps.reached(sending);
            if (lease.lost()) {
                return Optional.empty();
            }
            ExecutionReport result = submitOnce(new SignedOrder(payment.debtorAccount(), payment.endToEndId(), document, signature),
                    new OnlineBankingLogin(payment.debtorAccount(), credentials.password()));
            steps.reached(claimed.at(ExecutionStep.SUBMITTED));
            return Optional.of(result);
        }
    }

    private ExecutionReport submitOnce(SignedOrder order, OnlineBankingLogin login) {
        try {
            return switch (bank.submit(order, login)) {
                case SubmissionOutcome.Booked booked -> ExecutionReport.executed(booked.bankReference());
                case SubmissionOutcome.Rejected rejected -> ExecutionReport.failed(rejected.reasonCode(), "the bank rejected the order");
                case SubmissionOutcome.DuplicateAtBank duplicate -> ExecutionReport.duplicateAtBank();
                case SubmissionOutcome.Pending pending -> ExecutionReport.outcomeUnknown("the bank accepted the order, not booked yet (" + pending.status() + ")");
                // The order reached the bank and was refused with nothing booked; a repeat would meet the same
                // password, so this is final until a person sets the credentials again.
                case SubmissionOutcome.LoginRefused refused -> ExecutionReport.failed(ExecutionReport.LOGIN_REFUSED, "the bank refused the online-banking login");
            };
        } catch (OrderNotSentException e) {
            return ExecutionReport.notSent(ExecutionReport.BANK_UNREACHABLE, "the order never reached the bank: " + e.getMessage());
        } catch (OutcomeUnknownException e) {
            return ExecutionReport.outcomeUnknown("no answer from the bank after sending: " + e.getMessage());
        } catch (RuntimeException e) {
            // Anything else may have happened after the request left: only an inquiry can tell.
            return ExecutionReport.outcomeUnknown("the submission ended unexpectedly: " + e.getClass().getSimpleName());
        } finally {
            login.wipe();
        }
    }

    /** A pain.001 message id unique to this attempt (the end-to-end id stays the transfer's). */
    private static String messageId() {
        return "FG" + UUID.randomUUID().toString().replace("-", "");
    }
}
