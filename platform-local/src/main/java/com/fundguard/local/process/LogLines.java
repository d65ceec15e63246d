package com.fundguard.local.process;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the services' structured (ECS JSON) log lines readable in a terminal: time, level, logger and message,
 * behind the service's name. Lines that are not JSON pass through unchanged behind the name.
 */
public final class LogLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int NAME_WIDTH = 14;

    private LogLines() {
    }

    public static String format(String service, String line) {
        String prefix = "[" + pad(service) + "] ";
        if (!line.startsWith("{")) {
            return prefix + line;
        }
        try {
            JsonNode event = JSON.readTree(line);
            String time = event.path("@timestamp").asString("");
            String clock = time.length() >= 23 ? time.substring(11, 23) : time;
            String level = event.path("log").path("level").asString("");
            String logger = shortLogger(event.path("log").path("logger").asString(""));
            String message = event.path("message").asString("");
            String error = event.path("error").path("message").asString("");
            return prefix + clock + " " + String.format(Locale.ROOT, "%-5s", level) + " " + logger + " " + message
                    + (error.isEmpty() ? "" : " | " + error);
        } catch (JacksonException notJson) {
            return prefix + line;
        }
    }

    private static String pad(String service) {
        return service.length() >= NAME_WIDTH ? service.substring(0, NAME_WIDTH) : service + " ".repeat(NAME_WIDTH - service.length());
    }

    /** {@code org.springframework.boot.SpringApplication} becomes {@code o.s.b.SpringApplication}. */
    static String shortLogger(String logger) {
        String[] parts = logger.split("\\.");
        StringBuilder shortened = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                shortened.append(parts[i].charAt(0)).append('.');
            }
        }
        return shortened.append(parts[parts.length - 1]).toString();
    }
}
