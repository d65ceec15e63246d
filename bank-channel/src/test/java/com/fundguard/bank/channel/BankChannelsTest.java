package com.fundguard.bank.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BankChannelsTest {

    static final GuardedBankChannel.Guards GUARDS = new GuardedBankChannel.Guards(2, 1, Duration.ofMillis(1), Duration.ofSeconds(30));

    static final class ClosableBank implements BankChannel, AutoCloseable {
        boolean closed;

        @Override
        public SubmissionOutcome submit(SignedOrder order, OnlineBankingLogin login) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InquiryOutcome inquire(String debtorAccount, String endToEndId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] statement(String account, LocalDate day) {
            return new byte[] {42};
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aBankIsFoundByItsCodeWhateverTheCaseTheConfigurationGaveIt() {
        ClosableBank sandbox = new ClosableBank();
        BankChannels banks = new BankChannels(Map.of("fgsandbox", sandbox), GUARDS);

        assertThat(banks.bank("FGSANDBOX")).hasValueSatisfying(bank -> assertThat(bank.statement("CN1", LocalDate.EPOCH)).containsExactly(42));
        assertThat(banks.bank("fgSandbox")).isPresent();
        assertThat(banks.bankCodes()).containsExactly("FGSANDBOX");
    }

    @Test
    void aBankNotConfiguredIsAbsentNotAnError() {
        assertThat(new BankChannels(Map.of("FGSANDBOX", new ClosableBank()), GUARDS).bank("ICBKCNBJ")).isEmpty();
    }

    @Test
    void theSameBankUnderTwoSpellingsIsRefused() {
        assertThatThrownBy(() -> new BankChannels(Map.of("FGSANDBOX", new ClosableBank(), "fgsandbox", new ClosableBank()), GUARDS))
                .hasMessageContaining("FGSANDBOX");
    }

    @Test
    void closingClosesTheChannels() {
        ClosableBank sandbox = new ClosableBank();
        new BankChannels(Map.of("FGSANDBOX", sandbox), GUARDS).close();

        assertThat(sandbox.closed).isTrue();
    }
}
