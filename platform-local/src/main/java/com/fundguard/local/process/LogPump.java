package com.fundguard.local.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a child's output line by line on a daemon thread, so a full pipe never blocks the child. */
public final class LogPump {

    private LogPump() {
    }

    public static void pump(InputStream output, Consumer<String> lines) {
        Thread.ofPlatform().daemon().name("log-pump").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException closed) {
                // The child ended; nothing more to read.
            }
        });
    }
}
