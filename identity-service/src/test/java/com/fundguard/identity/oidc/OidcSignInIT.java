package com.fundguard.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OIDC provider over real HTTP, the way the portal, the mobile app and services use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class OidcSignInIT {

    static final URI PORTAL_CALLBACK = URI.create("http://127.0.0.1/portal/callback");
    static final URI MOBILE_CALLBACK = URI.create("com.fundguard.owner:/callback");
    static final String PASSWORD = "correct-horse-battery-staple-7";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;

    URI issuer;
    final UUID enterprise = UUID.randomUUID();
    UUID cashierId;

    @BeforeEach
    void anEnterpriseWithACashier() {
        issuer = URI.create("http://localhost:" + port);
        var onboarding = new PlatformOnboarding(issuer);
        onboarding.registerEnterprise(enterprise, "Hangzhou Tea Trading Co.");
        cashierId = onboarding.registerUser(enterprise, "chen.jing", List.of("APPLICANT"), PASSWORD);
    }

    JsonNode json(String body) {
        return JSON.readTree(body);
    }

    Jwt verifiedWithPublishedKeys(String token) {
        return NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").jwsAlgorithm(SignatureAlgorithm.RS256).build().decode(token);
    }

    @Test
    void aPersonSignsInWithAuthorizationCodeAndPkceAndTheTokenNamesTheirEnterpriseAndRoles() {
        var browser = new OidcBrowserSignIn(issuer);
        var outcome = browser.signIn("fundguard-portal", PORTAL_CALLBACK, "chen.jing@" + enterprise, PASSWORD);
        assertThat(outcome.code()).isPresent();

        var tokens = browser.exchange("fundguard-portal", "portal-test-secret-0001", PORTAL_CALLBACK, outcome.code().get(), outcome.verifier());

        assertThat(tokens.statusCode()).isEqualTo(200);
        Jwt access = verifiedWithPublishedKeys(json(tokens.body()).get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo(cashierId.toString());
        assertThat(access.getClaimAsString("enterprise_id")).isEqualTo(enterprise.toString());
        assertThat(access.getClaimAsStringList("roles")).containsExactly("APPLICANT");
        assertThat(access.getIssuer().toString()).isEqualTo("http://localhost:8081");
        Jwt id = verifiedWithPublishedKeys(json(tokens.body()).get("id_token").asString());
        assertThat(id.getSubject()).isEqualTo(cashierId.toString());
        assertThat(json(tokens.body()).has("refresh_token")).isTrue();
    }

    @Test
    void theMobileAppIsAPublicClientThatProvesPkceInsteadOfASecret() {
        var browser = new OidcBrowserSignIn(issuer);
        var outcome = browser.signIn("fundguard-mobile", MOBILE_CALLBACK, "chen.jing@" + enterprise, PASSWORD);

        var withWrongVerifier = browser.exchange("fundguard-mobile", null, MOBILE_CALLBACK, outcome.code().orElseThrow(), "not-the-verifier-" + UUID.randomUUID());

        assertThat(withWrongVerifier.statusCode()).isEqualTo(400);
        assertThat(json(withWrongVerifier.body()).get("error").asString()).isEqualTo("invalid_grant");
        var again = new OidcBrowserSignIn(issuer);
        var second = again.signIn("fundguard-mobile", MOBILE_CALLBACK, "chen.jing@" + enterprise, PASSWORD);
        var tokens = again.exchange("fundguard-mobile", null, MOBILE_CALLBACK, second.code().orElseThrow(), second.verifier());
        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(verifiedWithPublishedKeys(json(tokens.body()).get("access_token").asString()).getSubject()).isEqualTo(cashierId.toString());
    }

    @Test
    void aRefreshTokenRotatesOnUseAndTheUsedOneIsRefused() {
        var browser = new OidcBrowserSignIn(issuer);
        var outcome = browser.signIn("fundguard-portal", PORTAL_CALLBACK, "chen.jing@" + enterprise, PASSWORD);
        String first = json(browser.exchange("fundguard-portal", "portal-test-secret-0001", PORTAL_CALLBACK,
                outcome.code().orElseThrow(), outcome.verifier()).body()).get("refresh_token").asString();

        var refreshed = browser.refresh("fundguard-portal", "portal-test-secret-0001", first);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String second = json(refreshed.body()).get("refresh_token").asString();
        var reused = browser.refresh("fundguard-portal", "portal-test-secret-0001", first);

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused.body()).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(browser.refresh("fundguard-portal", "portal-test-secret-0001", second).statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceGetsAClientCredentialsTokenWithItsScopeAndNoPerson() {
        var response = new OidcBrowserSignIn(issuer).clientCredentials("approval-service", "approval-test-secret-0001", "directory.read");

        Jwt token = verifiedWithPublishedKeys(json(response.body()).get("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("approval-service");
        assertThat(token.getClaimAsStringList("scope")).containsExactly("directory.read");
        assertThat(token.getClaims()).doesNotContainKeys("enterprise_id", "roles");
        assertThat(new OidcBrowserSignIn(issuer).clientCredentials("approval-service", "wrong-secret", "directory.read").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theDiscoveryDocumentPublishesTheKeysAndThePkceMethod() {
        var discovery = new PlatformOnboarding(issuer).get("/.well-known/openid-configuration", null);

        JsonNode document = json(discovery);
        assertThat(document.get("jwks_uri").asString()).isEqualTo("http://localhost:8081/oauth2/jwks");
        assertThat(document.get("code_challenge_methods_supported").toString()).contains("S256");
    }
}
