package com.fundguard.bankconnector.execution;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Access tokens as this service must check them. TLS ends at the gateway: it checks that an agent's token is bound to
 * the client certificate the agent presented (RFC 8705) and names that agent in {@code X-FundGuard-Agent-Id}, which
 * only the gateway can set (this service answers mesh members only). Here the TLS client is the gateway itself, so
 * Spring Security's default validators, which compare a bound token with the certificate of this connection, would
 * refuse every agent; the signature (keys from identity-service's JWKS over the mesh) and the lifetime are checked,
 * and the agent's identity is matched against the gateway's header ({@code AgentCaller}).
 */
@Configuration(proxyBeanMethods = false)
class AgentTokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
                          ObjectProvider<JwkSetUriJwtDecoderBuilderCustomizer> customizers) {
        NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        NimbusJwtDecoder decoder = builder.build();
        decoder.setJwtValidator(new JwtTimestampValidator());
        return decoder;
    }
}
