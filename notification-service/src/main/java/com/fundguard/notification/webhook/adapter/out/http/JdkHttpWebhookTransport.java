package com.fundguard.notification.webhook.adapter.out.http;

import com.fundguard.notification.webhook.application.WebhookTransport;
import com.fundguard.notification.webhook.domain.WebhookUrlPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Webhook messages over the JDK's HTTP client: HTTP/1.1 (ERPs often sit behind proxies that mishandle an h2c
 * upgrade), redirects not followed (the signed message goes to the URL the admin gave, nowhere else), a connect
 * timeout and a timeout for the answer. Of the answer only the status and its first line, cut short, are kept. The
 * host's addresses are checked before each attempt, so a name that resolves into the platform's own network is
 * refused; a name that changes its answer between this check and the connection is not caught here (the services
 * behind it still demand the mesh's client certificates, which this client does not present).
 */
public class JdkHttpWebhookTransport implements WebhookTransport {

    static final int KEPT_ANSWER_BYTES = 512;

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final WebhookUrlPolicy addresses;

    public JdkHttpWebhookTransport(Duration connectTimeout, Duration readTimeout, WebhookUrlPolicy addresses) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.addresses = addresses;
    }

    @Override
    public Outcome post(URI url, Map<String, String> headers, String body) {
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!addresses.reachable(address)) {
                    return new Outcome.Failed("the host resolves to an address that is not public; not sent");
                }
            }
        } catch (UnknownHostException e) {
            return new Outcome.Failed("the host is not known (DNS)");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "FundGuard-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Outcome.Accepted(status);
                }
                return new Outcome.Failed("HTTP " + status + firstLineOf(answer));
            }
        } catch (HttpConnectTimeoutException e) {
            return new Outcome.Failed("no connection within " + connectTimeout + " (" + e.getClass().getSimpleName() + ")");
        } catch (HttpTimeoutException e) {
            return new Outcome.Failed("no answer within " + readTimeout + " (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            return new Outcome.Failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted while sending");
        }
    }

    /** The start of the endpoint's answer, for the operator's eye: read no further than a few hundred bytes. */
    private static String firstLineOf(InputStream answer) throws IOException {
        String text = new String(answer.readNBytes(KEPT_ANSWER_BYTES), StandardCharsets.UTF_8).strip();
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        return line.isEmpty() ? "" : ": " + line;
    }
}
