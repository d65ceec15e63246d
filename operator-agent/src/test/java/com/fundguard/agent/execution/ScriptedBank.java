package com.fundguard.agent.execution;

import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.InquiryOutcome;
import com.fundguard.bank.channel.OnlineBankingLogin;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.SignedOrder;
import com.fundguard.bank.channel.SubmissionOutcome;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bank behind the {@link BankChannel} interface, scripted per test: it checks the login and the UKEY signature
 * against the certificate registered for the payer account as a bank would, refuses a reused end-to-end id (DUPL),
 * keeps what it booked for inquiries, and counts every submission per end-to-end id.
 */
final class ScriptedBank implements BankChannel {

    /** What the bank answers to a well-signed, well-logged-in order it has not seen before. */
    @FunctionalInterface
    interface Script {
        SubmissionOutcome answer(SignedOrder order);
    }

    private final X509Certificate registered;
    private final AtomicInteger bookings = new AtomicInteger();
    final Map<String, Integer> submissions = new ConcurrentHashMap<>();
    final Map<String, InquiryOutcome.Known> held = new ConcurrentHashMap<>();
    final List<char[]> passwordsHandedOver = new CopyOnWriteArrayList<>();
    final List<byte[]> documents = new CopyOnWriteArrayList<>();
    volatile Script script = order -> new SubmissionOutcome.Booked("BK" + (100000 + bookings.incrementAndGet()));

    ScriptedBank(X509Certificate registered) {
        this.registered = registered;
    }

    int submissionsOf(String endToEndId) {
        return submissions.getOrDefault(endToEndId, 0);
    }

    int totalSubmissions() {
        return submissions.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public SubmissionOutcome submit(SignedOrder order, OnlineBankingLogin login) {
        passwordsHandedOver.add(login.password());
        if (!Arrays.equals(login.password(), PlatformStandIn.PASSWORD.toCharArray())) {
            return new SubmissionOutcome.LoginRefused();
        }
        submissions.merge(order.endToEndId(), 1, Integer::sum);
        documents.add(order.document());
        if (!order.signature().verifies(order.document(), registered)) {
            return new SubmissionOutcome.Rejected("DS0A");
        }
        if (!new String(order.document(), StandardCharsets.UTF_8).contains("<EndToEndId>" + order.endToEndId() + "</EndToEndId>")) {
            return new SubmissionOutcome.Rejected("FF01");
        }
        if (held.containsKey(order.endToEndId())) {
            return new SubmissionOutcome.DuplicateAtBank();
        }
        SubmissionOutcome outcome;
        try {
            outcome = script.answer(order);
        } catch (OrderNotSentException neverArrived) {
            submissions.merge(order.endToEndId(), -1, Integer::sum);
            throw neverArrived;
        }
        if (outcome instanceof SubmissionOutcome.Booked booked) {
            held.put(order.endToEndId(), new InquiryOutcome.Known("ACSC", Optional.empty(), Optional.of(booked.bankReference())));
        } else if (outcome instanceof SubmissionOutcome.Rejected rejected) {
            held.put(order.endToEndId(), new InquiryOutcome.Known("RJCT", Optional.of(rejected.reasonCode()), Optional.empty()));
        }
        return outcome;
    }

    @Override
    public InquiryOutcome inquire(String debtorAccount, String endToEndId) {
        InquiryOutcome.Known known = held.get(endToEndId);
        return known != null ? known : new InquiryOutcome.NoSuchOrder();
    }

    @Override
    public byte[] statement(String account, LocalDate day) {
        throw new UnsupportedOperationException("the agent never asks for statements");
    }
}
