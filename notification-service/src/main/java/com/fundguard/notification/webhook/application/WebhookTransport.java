package com.fundguard.notification.webhook.application;

import java.net.URI;
import java.util.Map;

/** Posts a signed webhook message over HTTP, with connect and read timeouts. */
public interface WebhookTransport {

    /** What the endpoint made of one attempt. */
    sealed interface Outcome {
        /** It answered 2xx. */
        record Accepted(int status) implements Outcome {
        }

        /**
         * It answered otherwise, did not answer in time, or could not be reached. {@code why} is one short line (the
         * status and the start of the answer, or the error), never the whole answer.
         */
        record Failed(String why) implements Outcome {

            public static final int MAX_LENGTH = 200;

            public Failed {
                String line = why == null ? "no reason given" : why.replaceAll("\\s+", " ").strip();
                why = line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
            }
        }
    }

    Outcome post(URI url, Map<String, String> headers, String body);
}
