package com.fundguard.identity.secondfactor;

import com.fundguard.identity.secondfactor.adapter.out.persistence.JdbcSecondFactorStore;
import com.fundguard.identity.secondfactor.adapter.out.persistence.JwsConfirmationProofs;
import com.fundguard.identity.secondfactor.adapter.out.sms.SandboxSmsSender;
import com.fundguard.identity.secondfactor.application.SecondFactors;
import com.fundguard.identity.secondfactor.application.SmsSender;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    /**
     * The sandbox sender only where {@code fundguard.identity.sms.sender=sandbox} says so (local stack, tests); a
     * deployment without an SMS adapter fails to start rather than pretending to send.
     */
    @Bean
    @ConditionalOnProperty(name = "fundguard.identity.sms.sender", havingValue = "sandbox")
    SmsSender sandboxSmsSender(JdbcClient jdbc, Clock clock) {
        return new SandboxSmsSender(jdbc, clock);
    }

    @Bean
    SecondFactors secondFactors(JdbcClient jdbc, SmsSender sms, JWKSource<SecurityContext> signingKeys,
                                @Value("${fundguard.identity.issuer:http://localhost:8081}") URI issuer,
                                TransactionTemplate transactions, Clock clock) {
        return new SecondFactors(new JdbcSecondFactorStore(jdbc), sms,
                new JwsConfirmationProofs(new NimbusJwtEncoder(signingKeys), issuer, clock), transactions, clock);
    }
}
