package com.fundguard.test.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a person in the way a browser does, over real HTTP against a running identity-service: authorization request
 * with PKCE (S256), the login form with its CSRF token, the redirect carrying the code, and the code exchanged at the
 * token endpoint by the portal's backend. Each instance is one browser (its own cookie jar).
 */
public final class OidcBrowserSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI issuer;
    private final HttpClient http;

    public OidcBrowserSignIn(URI issuer) {
        this(issuer, null);
    }

    /** With {@code tls} for an HTTPS issuer (its trust, and a client certificate where the issuer needs one), or null. */
    public OidcBrowserSignIn(URI issuer, javax.net.ssl.SSLContext tls) {
        this.issuer = issuer;
        HttpClient.Builder http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            http.sslContext(tls);
        }
        this.http = http.build();
    }

    /** What the login form answered: the code on success, else where the browser was sent instead. */
    public record Outcome(Optional<String> code, String verifier, URI landedOn) {
    }

    /** The authorization code flow up to the code, or the page the browser ends on when sign-in fails. */
    public Outcome signIn(String clientId, URI redirectUri, String signInName, String password) {
        String verifier = randomToken();
        String state = randomToken();
        String authorize = "/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", redirectUri.toString(),
                "scope", "openid profile", "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = get(issuer.resolve(authorize));
        String loginPage = get(issuer.resolve("/login")).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("the login page carries no CSRF token (status " + toLogin.statusCode() + ")");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> posted = post(issuer.resolve("/login"), form(Map.of("username", signInName, "password", password, "_csrf", token)), null);
        URI next = location(posted);
        for (int hop = 0; hop < 5 && !next.toString().startsWith(redirectUri.toString()); hop++) {
            HttpResponse<String> followed = get(issuer.resolve(next));
            if (followed.statusCode() / 100 != 3) {
                return new Outcome(Optional.empty(), verifier, next);
            }
            next = location(followed);
        }
        if (!next.toString().startsWith(redirectUri.toString())) {
            return new Outcome(Optional.empty(), verifier, next);
        }
        Map<String, String> query = query(next);
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("the state came back changed");
        }
        return new Outcome(Optional.ofNullable(query.get("code")), verifier, next);
    }

    /** The token endpoint's JSON answer to exchanging a code (the portal's backend authenticates with its secret). */
    public HttpResponse<String> exchange(String clientId, String clientSecret, URI redirectUri, String code, String verifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri.toString());
        body.put("code_verifier", verifier);
        if (clientSecret == null) {
            body.put("client_id", clientId);
        }
        return post(issuer.resolve("/oauth2/token"), form(body), clientSecret == null ? null : basic(clientId, clientSecret));
    }

    public HttpResponse<String> refresh(String clientId, String clientSecret, String refreshToken) {
        return post(issuer.resolve("/oauth2/token"), form(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)),
                basic(clientId, clientSecret));
    }

    public HttpResponse<String> clientCredentials(String clientId, String clientSecret, String scope) {
        return post(issuer.resolve("/oauth2/token"), form(Map.of("grant_type", "client_credentials", "scope", scope)),
                basic(clientId, clientSecret));
    }

    /** A PKCE verifier's S256 challenge (RFC 7636). */
    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private HttpResponse<String> post(URI uri, String form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("expected a redirect, got " + response.statusCode())));
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
