package com.fundguard.bankconnector.execution.adapter.out.bank;

import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.InquiryOutcome;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.bankconnector.execution.application.BankInquiries;
import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.bankconnector.execution.domain.InquiryAnswer;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Status inquiries through each bank's channel, guarded per bank: a circuit breaker (a bank that keeps failing is
 * left alone for a while), a bulkhead (one slow bank cannot take every thread) and retries, which are safe here
 * because an inquiry changes nothing at the bank. Submissions never come through here: the agent sends them, once.
 * The channel's own timeouts bound each call.
 */
public class ResilientBankInquiries implements BankInquiries {

    /** One bank's channel and its guards. */
    private record GuardedBank(BankChannel channel, CircuitBreaker breaker, Bulkhead bulkhead, Retry retry) {
    }

    private final Map<String, BankChannel> channels;
    private final Map<String, GuardedBank> guarded = new ConcurrentHashMap<>();
    private final CircuitBreakerConfig breakerConfig;
    private final BulkheadConfig bulkheadConfig;
    private final RetryConfig retryConfig;

    public ResilientBankInquiries(Map<String, BankChannel> channelsByBankCode, int maxConcurrentCallsPerBank, int attempts, Duration retryPause) {
        // Bank codes are upper case; configuration from environment variables arrives lower-cased.
        this.channels = channelsByBankCode.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.getKey().toUpperCase(java.util.Locale.ROOT), Map.Entry::getValue));
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordExceptions(OutcomeUnknownException.class, OrderNotSentException.class)
                .build();
        this.bulkheadConfig = BulkheadConfig.custom().maxConcurrentCalls(maxConcurrentCallsPerBank).maxWaitDuration(Duration.ZERO).build();
        this.retryConfig = RetryConfig.custom().maxAttempts(attempts).waitDuration(retryPause)
                .retryExceptions(OutcomeUnknownException.class, OrderNotSentException.class)
                .build();
    }

    @Override
    public InquiryAnswer inquire(String payerBankCode, ExecutionOrder order) {
        GuardedBank bank = guarded.computeIfAbsent(payerBankCode.toUpperCase(java.util.Locale.ROOT), code -> Optional.ofNullable(channels.get(code))
                .map(channel -> new GuardedBank(channel, CircuitBreaker.of("bank-" + code, breakerConfig), Bulkhead.of("bank-" + code, bulkheadConfig),
                        Retry.of("bank-inquiry-" + code, retryConfig)))
                .orElse(null));
        if (bank == null) {
            return new InquiryAnswer.Unanswered(Optional.of("no channel is configured for bank " + payerBankCode));
        }
        Supplier<InquiryOutcome> call = () -> bank.channel().inquire(order.payerAccount(), order.endToEndId());
        Supplier<InquiryOutcome> guardedCall = Retry.decorateSupplier(bank.retry(),
                CircuitBreaker.decorateSupplier(bank.breaker(), Bulkhead.decorateSupplier(bank.bulkhead(), call)));
        try {
            return answerOf(guardedCall.get());
        } catch (OutcomeUnknownException | OrderNotSentException e) {
            return new InquiryAnswer.Unanswered(Optional.of("the bank did not answer: " + e.getClass().getSimpleName()));
        } catch (CallNotPermittedException e) {
            return new InquiryAnswer.Unanswered(Optional.of("bank " + payerBankCode + " is left alone for a while (circuit open)"));
        } catch (BulkheadFullException e) {
            return new InquiryAnswer.Unanswered(Optional.of("too many calls to bank " + payerBankCode + " under way"));
        }
    }

    /** The breaker's state for a bank, for health and tests. */
    public Optional<CircuitBreaker.State> breakerState(String bankCode) {
        return Optional.ofNullable(guarded.get(bankCode.toUpperCase(java.util.Locale.ROOT))).map(bank -> bank.breaker().getState());
    }

    private static InquiryAnswer answerOf(InquiryOutcome outcome) {
        return switch (outcome) {
            case InquiryOutcome.NoSuchOrder none -> new InquiryAnswer.NoSuchOrder();
            case InquiryOutcome.Known known when known.booked() -> new InquiryAnswer.Booked(known.bankReference().orElse("(no reference given)"));
            case InquiryOutcome.Known known when known.rejected() -> new InquiryAnswer.Rejected(known.reasonCode().orElse("NARR"));
            case InquiryOutcome.Known known -> new InquiryAnswer.Pending(known.status());
        };
    }
}
