package com.fundguard.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLinesTest {

    @Test
    void aStructuredLogLineBecomesTimeLevelLoggerAndMessageBehindTheServiceName() {
        String ecs = "{\"@timestamp\":\"2026-11-23T03:56:44.098123Z\",\"log\":{\"level\":\"INFO\",\"logger\":\"com.fundguard.events.inbox.IncomingEventDispatcher\"},"
                + "\"message\":\"applied event 1 of type t\",\"ecs\":{\"version\":\"8.11\"}}";

        assertThat(LogLines.format("notification", ecs))
                .isEqualTo("[notification  ] 03:56:44.098 INFO  c.f.e.i.IncomingEventDispatcher applied event 1 of type t");
    }

    @Test
    void anErrorsMessageIsKeptOnTheLine() {
        String ecs = "{\"@timestamp\":\"2026-11-23T03:56:44.098Z\",\"log\":{\"level\":\"WARN\",\"logger\":\"a.B\"},\"message\":\"relay\","
                + "\"error\":{\"type\":\"X\",\"message\":\"broker down\"}}";

        assertThat(LogLines.format("approval", ecs)).endsWith("relay | broker down");
    }

    @Test
    void linesThatAreNotJsonPassThroughBehindTheName() {
        assertThat(LogLines.format("a-very-long-service-name", "  .   ____          _  banner"))
                .isEqualTo("[a-very-long-se]   .   ____          _  banner");
        assertThat(LogLines.format("gateway", "{not json")).isEqualTo("[gateway       ] {not json");
    }
}
