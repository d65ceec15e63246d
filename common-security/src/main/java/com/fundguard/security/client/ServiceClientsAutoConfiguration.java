package com.fundguard.security.client;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link ServiceClients} for every service, on Spring Boot's HTTP client auto-configuration. Where the settings name
 * no timeouts a service waits 2 s to connect and 5 s for an answer: a dependency that is slower is treated as down.
 * The resource server fetches identity-service's keys through the same client, so in the mesh that call is mTLS too.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration"},
        beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
public class ServiceClientsAutoConfiguration {

    static final HttpClientSettings FALLBACK = HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    @Bean
    @ConditionalOnMissingBean
    ServiceClients serviceClients(ObjectProvider<ClientHttpRequestFactoryBuilder<?>> builder,
                                  ObjectProvider<HttpClientSettings> settings,
                                  Environment environment) {
        HttpClientSettings effective = settings.getIfAvailable(HttpClientSettings::defaults).orElse(FALLBACK);
        return new ServiceClients(builder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect).build(effective),
                ServiceClientCredentials.bind(environment));
    }

    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer keysOverServiceClients(ServiceClients clients) {
        return builder -> builder.restOperations(clients.forPublicReads());
    }
}
