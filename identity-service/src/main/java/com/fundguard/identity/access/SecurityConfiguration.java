package com.fundguard.identity.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains besides the OIDC endpoints': the JSON API under {@code /api/**} takes bearer tokens only (stateless, no
 * cookies, so no CSRF); everything else is the browser sign-in (form login with a session, CSRF on). What each API
 * call may do is decided in the application services with the {@link Caller}, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // Public: the CA's certificate and revocation list; enrolment and renewal carry their own proof.
                        .requestMatchers("/api/platform-ca/**", "/api/agent-enrolments", "/api/agent-certificates/renewal").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The browser: password sign-in and passkeys (register one once signed in; sign in with it instead of a password).
     * The passkey sign-in looks people up by the name their passkey carries, which is their user id.
     */
    @Bean
    @Order(3)
    SecurityFilterChain browserSignIn(HttpSecurity http, com.fundguard.identity.directory.application.Users users,
                                      @Value("${fundguard.identity.passkeys.rp-id:localhost}") String rpId,
                                      @Value("${fundguard.identity.passkeys.rp-name:FundGuard}") String rpName,
                                      @Value("${fundguard.identity.passkeys.allowed-origins:http://localhost:8081,http://localhost:8080}") Set<String> origins)
            throws Exception {
        // Not a bean: the form login's only provider stays PasswordSignInProvider.
        http.setSharedObject(UserDetailsService.class, new PasskeyUsers(users));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .webAuthn(passkeys -> passkeys.rpId(rpId).rpName(rpName).allowedOrigins(origins));
        return http.build();
    }

}
