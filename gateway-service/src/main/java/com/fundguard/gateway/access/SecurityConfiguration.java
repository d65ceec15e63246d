package com.fundguard.gateway.access;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The gateway's Spring Security set-up: stateless bearer tokens validated against identity-service's JWK set, every
 * request decided by the {@link AccessTable} (deny by default), refusals as problem details, and the security
 * headers every answer carries.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** APIs answer JSON only; the sign-in pages identity-service serves bring their own policy. */
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, AccessPolicy policy, AccessProblems problems,
                                        JwtDecoder decoder, CorsConfigurationSource portalCors) throws Exception {
        http
                // No cookies and no sessions at the gateway: a bearer token cannot be forged cross-site. The sign-in
                // forms behind /login keep identity-service's own CSRF protection.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                // /login and /logout belong to identity-service; Spring Security must not answer them here.
                .logout(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(portalCors))
                .headers(headers -> headers
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PathPatternRequestMatcher.pathPattern("/api/**"),
                                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY))))
                .authorizeHttpRequests(authorize -> authorize
                        // Error pages and forwards belong to a request that was already decided.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                        .anyRequest().access(policy))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems.bearerTokenFailures());
                                return filter;
                            }
                        })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Keys come from the JWK set URI and are cached by Nimbus (refetched when a token names an unknown key id), so
     * validating a token costs no call to identity-service; ES256 and RS256 are the algorithms it may sign with.
     */
    @Bean
    JwtDecoder jwtDecoder(IdentityProperties identity, HttpClientSettings outgoing, Clock clock) {
        // The gateway's outgoing TLS (the mesh's client certificate and CA) with a short wait: keys are small.
        HttpClientSettings settings = outgoing.withConnectTimeout(Duration.ofSeconds(2)).withReadTimeout(Duration.ofSeconds(3));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(identity.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(ClientHttpRequestFactoryBuilder.jdk().build(settings)))
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(identity.issuer()));
        return new VerifiedTokens(decoder, clock, 50_000, Duration.ofMinutes(10));
    }

    private static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
