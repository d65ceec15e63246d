package com.fundguard.bank.channel.spring;

import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.BankChannels;
import com.fundguard.bank.channel.GuardedBankChannel;
import com.fundguard.bank.channel.HttpBankChannel;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's servers' bank channels from {@code fundguard.banks.*}, for a Spring Boot service that imports this
 * configuration ({@code @Import(BankChannelsConfiguration.class)}): one {@link HttpBankChannel} per bank code, its mutual
 * TLS from a Spring Boot SSL bundle, each behind the same guards. Not an auto-configuration: bank-sandbox and others
 * that have this library on their class path have no channels of their own. The operator agent (no Spring) builds its
 * one channel itself; this package needs {@code org.springframework.boot:spring-boot}, an optional dependency.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BankChannelsConfiguration.BankChannelsProperties.class)
public class BankChannelsConfiguration {

    /**
     * {@code fundguard.banks.*}: each bank's channel by bank code, with the SSL bundle of the client certificate the
     * bank knows this installation by (none: the JDK's default trust and no client certificate, e.g. a plain-HTTP
     * sandbox), and timeouts; the guards every bank's calls go through.
     *
     * @param maxConcurrentCallsPerBank calls to one bank under way at once; one more is refused at once
     * @param attempts                  tries of a call safe to repeat (inquiry, statement, recall); 1 = no retry
     * @param retryPause                the pause between those tries
     * @param breakerOpenFor            how long a bank that keeps failing is left alone
     */
    @ConfigurationProperties("fundguard.banks")
    public record BankChannelsProperties(@DefaultValue Map<String, Channel> channels, @DefaultValue("4") int maxConcurrentCallsPerBank,
                                         @DefaultValue("3") int attempts, @DefaultValue("500ms") Duration retryPause,
                                         @DefaultValue("30s") Duration breakerOpenFor) {

        public record Channel(URI uri, String sslBundle, @DefaultValue("2s") Duration connectTimeout,
                              @DefaultValue("10s") Duration requestTimeout) {
        }

        GuardedBankChannel.Guards guards() {
            return new GuardedBankChannel.Guards(maxConcurrentCallsPerBank, attempts, retryPause, breakerOpenFor);
        }
    }

    @Bean(destroyMethod = "close")
    BankChannels bankChannels(BankChannelsProperties banks, SslBundles sslBundles) {
        Map<String, BankChannel> channels = new LinkedHashMap<>();
        banks.channels().forEach((code, channel) -> {
            if (channel.uri() == null) {
                throw new IllegalStateException("fundguard.banks.channels." + code + ".uri is not set");
            }
            channels.put(code, new HttpBankChannel(channel.uri(), tls(channel, sslBundles), channel.connectTimeout(), channel.requestTimeout()));
        });
        return new BankChannels(channels, banks.guards());
    }

    private static SSLContext tls(BankChannelsProperties.Channel channel, SslBundles sslBundles) {
        if (channel.sslBundle() != null && !channel.sslBundle().isBlank()) {
            return sslBundles.getBundle(channel.sslBundle()).createSslContext();
        }
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has a default TLS context", e);
        }
    }
}
