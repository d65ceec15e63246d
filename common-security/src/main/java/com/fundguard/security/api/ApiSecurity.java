package com.fundguard.security.api;

import com.fundguard.security.caller.Caller;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The filter chain of a FundGuard service's JSON API, one definition for all: bearer tokens only (stateless, so no
 * CSRF), the actuator's exposed endpoints and the OpenAPI description open, everything under {@code /api/**} needs a
 * verified token, and under {@code /api/enterprises/{enterpriseId}/**} the token must be of that enterprise (or a
 * service token with one of the given scopes). Who may do what within the enterprise is the application's decision,
 * taken with the roles held at that moment.
 */
public final class ApiSecurity {

    private ApiSecurity() {
    }

    public static HttpSecurity apply(HttpSecurity http, String... serviceScopes) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/api/enterprises/{enterpriseId}/**", "/api/enterprises/{enterpriseId}")
                        .access((authentication, context) -> sameEnterprise(authentication, context, serviceScopes))
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }

    private static AuthorizationResult sameEnterprise(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context,
                                                      String[] serviceScopes) {
        if (!(authentication.get().getPrincipal() instanceof Jwt token)) {
            return new AuthorizationDecision(false);
        }
        Caller caller = Caller.of(token);
        for (String scope : serviceScopes) {
            if (caller.hasScope(scope)) {
                return new AuthorizationDecision(true);
            }
        }
        try {
            return new AuthorizationDecision(caller.belongsTo(UUID.fromString(context.getVariables().get("enterpriseId"))));
        } catch (IllegalArgumentException notAnId) {
            return new AuthorizationDecision(false);
        }
    }
}
