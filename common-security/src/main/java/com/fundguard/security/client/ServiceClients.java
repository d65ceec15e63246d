package com.fundguard.security.client;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The one way a service calls another service. Every call goes through Spring Boot's HTTP client settings
 * ({@code spring.http.clients.*}): the timeouts and, in the service mesh, the SSL bundle holding this service's
 * certificate and the mesh CA, so the call is mutually authenticated TLS. Calls that act go with the service's own
 * client-credentials token ({@link ServiceTokens}), fetched over the same connection settings.
 */
public final class ServiceClients {

    private final ClientHttpRequestFactory requests;
    private final ClientHttpRequestInterceptor token;

    public ServiceClients(ClientHttpRequestFactory requests, ServiceClientCredentials credentials) {
        this.requests = requests;
        this.token = ServiceTokens.interceptor(credentials, requests);
    }

    /** A client of the service at {@code baseUrl} that calls as this service (its bearer token on every request). */
    public RestClient asThisService(String baseUrl) {
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).requestInterceptor(token).build();
    }

    /** For reading what any caller may read (identity-service's signing keys): no token, the same TLS. */
    public RestTemplate forPublicReads() {
        return new RestTemplate(requests);
    }
}
