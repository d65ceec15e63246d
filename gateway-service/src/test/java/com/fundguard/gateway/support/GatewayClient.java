package com.fundguard.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/** A real HTTPS client of the gateway (JDK HttpClient), optionally presenting a client certificate. */
public final class GatewayClient {

    private final HttpClient http;
    private final String host;
    private final int port;

    private GatewayClient(SSLContext tls, int port, java.net.InetAddress from) {
        HttpClient.Builder builder = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (from != null) {
            builder.localAddress(from);
        }
        this.http = builder.build();
        this.host = from == null ? "localhost" : "127.0.0.1";
        this.port = port;
    }

    private GatewayClient(SSLContext tls, int port) {
        this(tls, port, null);
    }

    /** A client connecting from another loopback address (127.0.0.x): another client address for the gateway. */
    public static GatewayClient from(TestBed bed, int port, String loopbackAddress) throws java.net.UnknownHostException {
        return new GatewayClient(tls(bed, null), port, java.net.InetAddress.getByName(loopbackAddress));
    }

    /** A client without a certificate: a browser, the mobile app. */
    public static GatewayClient of(TestBed bed, int port) {
        return new GatewayClient(tls(bed, null), port);
    }

    /**
     * A client that presents this PKCS#12 key and certificate whatever CAs the server asks for (a JDK client would
     * otherwise quietly send nothing when its certificate is from a CA the server does not name).
     */
    public static GatewayClient presenting(TestBed bed, int port, byte[] pkcs12) {
        return new GatewayClient(tls(bed, pkcs12), port);
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request json(String json) {
            headers.put("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        public Request body(HttpRequest.BodyPublisher publisher) {
            body = publisher;
            return this;
        }

        public HttpResponse<String> send() throws IOException, InterruptedException {
            return http.send(build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Answers as soon as the headers arrive; the body's lines are read as the server sends them. */
        public HttpResponse<java.util.stream.Stream<String>> stream() throws IOException, InterruptedException {
            return http.send(build(), HttpResponse.BodyHandlers.ofLines());
        }

        private HttpRequest build() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("https://" + host + ":" + port + path))
                    .timeout(Duration.ofSeconds(20))
                    .method(method, body);
            headers.forEach(builder::header);
            return builder.build();
        }
    }

    private static SSLContext tls(TestBed bed, byte[] pkcs12) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("platform-ca", bed.ca.certificate());
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            KeyManager[] keyManagers = null;
            if (pkcs12 != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(new ByteArrayInputStream(pkcs12), TestBed.PASSWORD);
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(keys, TestBed.PASSWORD);
                keyManagers = new KeyManager[] {new AlwaysPresent((X509KeyManager) factory.getKeyManagers()[0])};
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Presents its one certificate regardless of the issuers the server names. */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {
        private static final String ALIAS = "fundguard";
        private final X509KeyManager keys;

        AlwaysPresent(X509KeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return ALIAS;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return ALIAS;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {ALIAS};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return keys.chooseServerAlias(keyType, issuers, socket);
        }
    }
}
