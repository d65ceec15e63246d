package com.fundguard.bank.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.bank.signing.OrderSignature;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The guards around a bank, in front of a bank that answers as scripted (the real channel over HTTP is tested
 * against bank-sandbox): what is retried, what never is, and when a bank is left alone.
 */
class GuardedBankChannelTest {

    static final GuardedBankChannel.Guards GUARDS = new GuardedBankChannel.Guards(2, 3, Duration.ofMillis(1), Duration.ofSeconds(30));
    static final SignedOrder ORDER = new SignedOrder("CN6222000011110001", "e2e", new byte[] {1}, new OrderSignature(new byte[] {2}));

    /** A bank whose answers are queued suppliers; every call is counted. */
    static final class ScriptedBank implements BankChannel {
        final Deque<Supplier<Object>> answers = new ArrayDeque<>();
        final AtomicInteger calls = new AtomicInteger();

        ScriptedBank then(Supplier<Object> answer) {
            answers.add(answer);
            return this;
        }

        @SuppressWarnings("unchecked")
        private <T> T next() {
            calls.incrementAndGet();
            Supplier<Object> answer = answers.size() > 1 ? answers.poll() : answers.peek();
            return (T) answer.get();
        }

        @Override
        public SubmissionOutcome submit(SignedOrder order, OnlineBankingLogin login) {
            return next();
        }

        @Override
        public InquiryOutcome inquire(String debtorAccount, String endToEndId) {
            return next();
        }

        @Override
        public byte[] statement(String account, LocalDate day) {
            return next();
        }
    }

    static Supplier<Object> noAnswer() {
        return () -> {
            throw new OutcomeUnknownException("read timed out", null);
        };
    }

    static OnlineBankingLogin login() {
        return new OnlineBankingLogin("CN6222000011110001", "secret".toCharArray());
    }

    @Test
    void aSubmissionThatGotNoAnswerIsNeverSentAgain() {
        ScriptedBank bank = new ScriptedBank().then(noAnswer()).then(() -> new SubmissionOutcome.Booked("B-1"));
        GuardedBankChannel guarded = new GuardedBankChannel("test", bank, GUARDS);

        assertThatThrownBy(() -> guarded.submit(ORDER, login())).isInstanceOf(OutcomeUnknownException.class);
        assertThat(bank.calls).hasValue(1);
    }

    @Test
    void anInquiryIsAskedAgainUntilTheBankAnswers() {
        ScriptedBank bank = new ScriptedBank().then(noAnswer()).then(noAnswer())
                .then(() -> new InquiryOutcome.Known("ACSC", Optional.empty(), Optional.of("B-7")));
        GuardedBankChannel guarded = new GuardedBankChannel("test", bank, GUARDS);

        assertThat(guarded.inquire("CN6222000011110001", "e2e")).isEqualTo(new InquiryOutcome.Known("ACSC", Optional.empty(), Optional.of("B-7")));
        assertThat(bank.calls).hasValue(3);
    }

    @Test
    void aBankThatKeepsFailingIsLeftAloneAndAnOrderThenNeverLeaves() {
        ScriptedBank bank = new ScriptedBank().then(noAnswer());
        GuardedBankChannel guarded = new GuardedBankChannel("test", bank, GUARDS);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guarded.submit(ORDER, login())).isInstanceOf(OutcomeUnknownException.class);
        }
        assertThat(guarded.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> guarded.submit(ORDER, login())).isInstanceOf(OrderNotSentException.class).hasMessageContaining("circuit open");
        assertThat(bank.calls).as("the refused submission did not reach the bank").hasValue(5);
    }

    @Test
    void theBanksRefusalsAreAnswersAndDoNotOpenTheBreaker() {
        ScriptedBank bank = new ScriptedBank().then(() -> new SubmissionOutcome.Rejected("AM04"));
        GuardedBankChannel guarded = new GuardedBankChannel("test", bank, GUARDS);
        for (int i = 0; i < 10; i++) {
            assertThat(guarded.submit(ORDER, login())).isEqualTo(new SubmissionOutcome.Rejected("AM04"));
        }
        assertThat(guarded.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void callsBeyondTheBulkheadAreRefusedWithoutReachingTheBank() throws Exception {
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedBank bank = new ScriptedBank().then(() -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SubmissionOutcome.Booked("B-slow");
        });
        GuardedBankChannel guarded = new GuardedBankChannel("test", bank, GUARDS);
        Thread first = Thread.ofVirtual().start(() -> guarded.submit(ORDER, login()));
        Thread second = Thread.ofVirtual().start(() -> guarded.submit(ORDER, login()));
        inside.await();

        assertThatThrownBy(() -> guarded.submit(ORDER, login())).isInstanceOf(OrderNotSentException.class).hasMessageContaining("under way");
        release.countDown();
        first.join();
        second.join();
        assertThat(bank.calls).hasValue(2);
    }
}
