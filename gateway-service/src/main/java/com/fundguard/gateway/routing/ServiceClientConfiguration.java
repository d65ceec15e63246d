package com.fundguard.gateway.routing;

import java.net.http.HttpClient;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the gateway talks to the services. */
@Configuration(proxyBeanMethods = false)
class ServiceClientConfiguration {

    /**
     * Plain HTTP/1.1 with kept-alive connections. The JDK client's default (HTTP/2, tried by an h2c upgrade on
     * plain HTTP) made concurrent requests to a service that answers HTTP/1.1 queue behind each other.
     */
    @Bean
    ClientHttpRequestFactoryBuilder<?> serviceClients() {
        return ClientHttpRequestFactoryBuilder.jdk().withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }
}
