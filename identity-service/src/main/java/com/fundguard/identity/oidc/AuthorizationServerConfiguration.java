package com.fundguard.identity.oidc;

import com.fundguard.identity.directory.application.Users;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The OIDC provider (Spring Authorization Server): authorization code + PKCE for the portal and the mobile app,
 * rotating refresh tokens, client credentials for services and agents, JWKS published at {@code /oauth2/jwks}.
 * Clients, authorizations and consents live in PostgreSQL, so a restart logs nobody out and a used refresh token
 * stays used.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcClientsProperties.class)
class AuthorizationServerConfiguration {

    static final Duration ACCESS_TOKEN = Duration.ofMinutes(5);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser without a session goes to the login page; an API client (curl's Accept: */* included) gets 401.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /**
     * Only with {@code fundguard.identity.forwarded-client-certificate=true}: identity-service reached only via the
     * gateway. {@code fundguard.identity.client-certificate-forwarder} names the mesh peer (certificate CN) whose
     * forwarded chain is believed; in the service mesh it is required.
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("fundguard.identity.forwarded-client-certificate")
    org.springframework.boot.web.servlet.FilterRegistrationBean<ForwardedClientCertificate> forwardedClientCertificate(
            @org.springframework.beans.factory.annotation.Value("${fundguard.identity.client-certificate-forwarder:}") String forwarder) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ForwardedClientCertificate(forwarder));
        // Before Spring Security's filter chain (order -100), which authenticates the client.
        registration.setOrder(-110);
        return registration;
    }

    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(OidcClientsProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    @Bean
    PasswordEncoder clientSecretEncoder() {
        // Client secrets only; people's passwords are checked by SignIn with Argon2id.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    RegisteredOidcClients registeredOidcClients(RegisteredClientRepository clients, OidcClientsProperties properties,
                                                PasswordEncoder clientSecretEncoder) {
        return new RegisteredOidcClients(clients, properties, clientSecretEncoder);
    }

    /**
     * Authorizations keep the signed-in person's authentication as JSON; a passkey sign-in's WebAuthnAuthentication is
     * one of the types its reader must admit, which Spring Security's default module list leaves out.
     */
    @Bean
    OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        var typeValidator = tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder();
        var passkeys = new org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule();
        passkeys.configurePolymorphicTypeValidator(typeValidator);
        var modules = new java.util.ArrayList<tools.jackson.databind.JacksonModule>(
                org.springframework.security.jackson.SecurityJacksonModules.getModules(getClass().getClassLoader(), typeValidator));
        modules.add(passkeys);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().addModules(modules).build();
        JdbcOAuth2AuthorizationService service = new JdbcOAuth2AuthorizationService(jdbc, clients);
        service.setAuthorizationRowMapper(new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationRowMapper(clients, json));
        service.setAuthorizationParametersMapper(new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationParametersMapper(json));
        return service;
    }

    @Bean
    OAuth2AuthorizationConsentService consents(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(Users users, ObjectProvider<AgentTokenClaims> agents) {
        return new TokenClaims(users, agents.getIfAvailable(AgentTokenClaims::none));
    }

    /**
     * The token-signing key. It is made at start and held in memory only: a restart invalidates issued access tokens
     * (five minutes at most) and sessions sign in again; refresh tokens are opaque and survive.
     */
    @Bean
    JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }
}
