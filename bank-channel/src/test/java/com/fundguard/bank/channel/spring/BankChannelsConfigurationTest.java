package com.fundguard.bank.channel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.bank.channel.BankChannels;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code fundguard.banks.*} as a service's configuration gives it, environment variables' lower case included. */
class BankChannelsConfigurationTest {

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
            .withUserConfiguration(BankChannelsConfiguration.class);

    @Test
    void eachConfiguredBankGetsItsGuardedChannel() {
        service.withPropertyValues("fundguard.banks.channels.fgsandbox.uri=http://localhost:1/channel/v1",
                        "fundguard.banks.channels.ICBKCNBJ.uri=http://localhost:2/channel/v1", "fundguard.banks.attempts=5")
                .run(context -> {
                    BankChannels banks = context.getBean(BankChannels.class);
                    assertThat(banks.bankCodes()).containsExactlyInAnyOrder("FGSANDBOX", "ICBKCNBJ");
                    assertThat(context.getBean(BankChannelsConfiguration.BankChannelsProperties.class).attempts()).isEqualTo(5);
                });
    }

    @Test
    void noBanksConfiguredIsNoChannelsAndStillStarts() {
        service.run(context -> assertThat(context.getBean(BankChannels.class).bankCodes()).isEmpty());
    }

    @Test
    void aBankWithoutAnAddressStopsTheStartNamingTheProperty() {
        service.withPropertyValues("fundguard.banks.channels.FGSANDBOX.ssl-bundle=mesh")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("fundguard.banks.channels.FGSANDBOX.uri"));
    }
}
