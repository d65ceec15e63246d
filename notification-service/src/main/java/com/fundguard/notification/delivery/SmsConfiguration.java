package com.fundguard.notification.delivery;

import com.fundguard.notification.delivery.adapter.out.identity.IdentityServicePhoneNumbers;
import com.fundguard.notification.delivery.adapter.out.sms.SmsChannelSender;
import com.fundguard.notification.delivery.application.PhoneNumbers;
import com.fundguard.security.client.ServiceClients;
import com.fundguard.sms.SmsSender;
import com.fundguard.sms.sandbox.JdbcSandboxSmsSender;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SMS channel, by {@code fundguard.notification.sms.sender}:
 * <ul>
 *   <li>{@code sandbox} (application.yml, as identity-service's): common-sms's shared {@link JdbcSandboxSmsSender},
 *   messages kept in this service's own {@code sandbox_sms} (V5); no production gateway adapter exists yet.</li>
 *   <li>another name: that adapter's {@link SmsSender} bean must exist, or the service does not start (a named sender
 *   that is missing is a misconfiguration, not a reason to drop messages).</li>
 *   <li>unset: no SMS channel. Unlike identity-service, which refuses to start without an SMS sender (an approver who
 *   chose SMS codes could not confirm), this service starts: SMS is one optional channel beside inbox, SSE and e-mail,
 *   and stopping every notice for it would tell nobody anything. SMS cannot then be chosen, and is left out.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    static final String SENDER = "fundguard.notification.sms.sender";

    @Bean
    @ConditionalOnProperty(name = SENDER, havingValue = "sandbox")
    SmsSender sandboxSmsSender(JdbcClient jdbc, Clock clock) {
        return new JdbcSandboxSmsSender(jdbc, clock);
    }

    @Bean
    @ConditionalOnProperty(name = SENDER)
    SmsChannelSender smsChannelSender(SmsSender sms, PhoneNumbers phoneNumbers) {
        return new SmsChannelSender(sms, phoneNumbers);
    }

    /** The numbers stay at identity-service (kept there for SMS codes); asked as this service, which alone may read them. */
    @Bean
    PhoneNumbers phoneNumbers(ServiceClients services,
                              @Value("${fundguard.notification.identity-url:http://localhost:8081}") String identityUrl) {
        return new IdentityServicePhoneNumbers(services.asThisService(identityUrl));
    }
}
