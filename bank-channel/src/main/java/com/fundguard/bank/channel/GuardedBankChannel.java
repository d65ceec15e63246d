package com.fundguard.bank.channel;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import com.fundguard.bank.iso20022.CancellationRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One bank's channel behind Resilience4j guards, for the agent and the server alike: a circuit breaker (a bank that
 * keeps failing is left alone for a while, and a call it refuses never leaves: {@link OrderNotSentException}), a
 * bulkhead (one slow bank cannot hold every thread), and retries only where a repeat cannot pay twice: inquiries,
 * statements and recalls, never a submission. The channel's own connect and request timeouts bound each call.
 * Failures the breaker counts are the ones that say nothing about the order: no answer, no connection.
 */
public final class GuardedBankChannel implements BankChannel {

    /**
     * @param maxConcurrentCalls calls to this bank under way at once; one more is refused at once
     * @param attempts           tries of a call safe to repeat (1 = no retry)
     * @param retryPause         the pause between them
     * @param openFor            how long an open breaker leaves the bank alone before trying it again
     */
    public record Guards(int maxConcurrentCalls, int attempts, Duration retryPause, Duration openFor) {
        public static Guards standard() {
            return new Guards(4, 3, Duration.ofMillis(500), Duration.ofSeconds(30));
        }
    }

    private final BankChannel channel;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Retry retry;

    public GuardedBankChannel(String bank, BankChannel channel, Guards guards) {
        this.channel = Objects.requireNonNull(channel);
        this.breaker = CircuitBreaker.of("bank-" + bank, CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(guards.openFor())
                .recordExceptions(OutcomeUnknownException.class, OrderNotSentException.class)
                .build());
        this.bulkhead = Bulkhead.of("bank-" + bank, BulkheadConfig.custom().maxConcurrentCalls(guards.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO).build());
        this.retry = Retry.of("bank-" + bank, RetryConfig.custom().maxAttempts(guards.attempts()).waitDuration(guards.retryPause())
                .retryExceptions(OutcomeUnknownException.class, OrderNotSentException.class)
                .build());
    }

    /** Guarded, never retried: a second submission is the caller's decision, after an inquiry. */
    @Override
    public SubmissionOutcome submit(SignedOrder order, OnlineBankingLogin login) {
        return guarded(() -> channel.submit(order, login));
    }

    @Override
    public InquiryOutcome inquire(String debtorAccount, String endToEndId) {
        return Retry.decorateSupplier(retry, () -> guarded(() -> channel.inquire(debtorAccount, endToEndId))).get();
    }

    @Override
    public byte[] statement(String account, LocalDate day) {
        return Retry.decorateSupplier(retry, () -> guarded(() -> channel.statement(account, day))).get();
    }

    /** A recall names the original order: repeating it asks the same question again. */
    @Override
    public CancellationOutcome requestCancellation(CancellationRequest request) {
        return Retry.decorateSupplier(retry, () -> guarded(() -> channel.requestCancellation(request))).get();
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return CircuitBreaker.decorateSupplier(breaker, Bulkhead.decorateSupplier(bulkhead, call)).get();
        } catch (CallNotPermittedException e) {
            throw new OrderNotSentException("the bank failed too often just now; it is left alone for a while (circuit open)", e);
        } catch (BulkheadFullException e) {
            throw new OrderNotSentException("too many calls to this bank are under way", e);
        }
    }

    @Override
    public String toString() {
        return "GuardedBankChannel[" + channel + ", breaker " + breaker.getState() + "]";
    }
}
