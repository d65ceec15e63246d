package com.fundguard.agent.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent's local status page: {@code /status.json} and a minimal HTML page at {@code /}, served by the JDK's HTTP
 * server on the loopback address only (nobody else on the network reaches it) and read-only (GET only). It shows
 * references, steps and outcomes; nothing secret is held to show.
 */
public final class StatusPage implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    private StatusPage(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on 127.0.0.1 at {@code port} (0: any free port). */
    public static StatusPage serve(AgentStatus status, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/status.json", exchange -> answer(exchange, "application/json", status.json()));
            server.createContext("/", exchange -> {
                if (!exchange.getRequestURI().getPath().equals("/")) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                answer(exchange, "text/html; charset=utf-8", html(status.json()));
            });
            server.start();
            return new StatusPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the status page on 127.0.0.1:" + port, e);
        }
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String html(String json) {
        JsonNode status = JSON.readTree(json);
        StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"5\">"
                + "<title>FundGuard agent</title><style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:left}</style></head><body>");
        page.append("<h1>FundGuard operator agent ").append(escape(status.path("agent").asString())).append("</h1>");
        JsonNode current = status.path("currentWork");
        page.append("<p>Current work: ").append(current.isObject()
                ? escape(current.path("reference").asString()) + " &mdash; " + escape(current.path("step").asString())
                : "none").append("</p>");
        JsonNode ukey = status.path("ukey");
        page.append("<p>UKEY (").append(escape(ukey.path("kind").asString())).append("): ")
                .append(ukey.path("present").asBoolean() ? "present" : "NOT FOUND").append("</p>");
        JsonNode token = status.path("platformToken");
        page.append("<p>Platform token: ").append(token.path("held").asBoolean() ? "valid until " + escape(token.path("validUntil").asString()) : "none held")
                .append("</p><h2>Last results</h2><table><tr><th>transfer</th><th>outcome</th><th>bank reference / reason</th><th>at</th></tr>");
        for (JsonNode result : status.path("lastResults")) {
            page.append("<tr><td>").append(escape(result.path("reference").asString())).append("</td><td>")
                    .append(escape(result.path("outcome").asString())).append("</td><td>")
                    .append(escape(result.path("bankReference").asString(result.path("reasonCode").asString("")))).append("</td><td>")
                    .append(escape(result.path("at").asString())).append("</td></tr>");
        }
        return page.append("</table><p><a href=\"/status.json\">status.json</a></p></body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
