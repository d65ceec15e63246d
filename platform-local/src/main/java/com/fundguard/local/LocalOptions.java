package com.fundguard.local;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The launcher's command line.
 *
 * @param dataDirectory where PostgreSQL, Kafka, vouchers and the demo logins are kept between starts
 * @param fresh         delete the data directory first
 * @param healthTimeout how long every service may take to report UP
 */
public record LocalOptions(Path repository, Path dataDirectory, boolean fresh, Duration healthTimeout) {

    public static final String USAGE = """
            usage: local-stack [--fresh] [--data-dir DIR] [--timeout SECONDS]
              --fresh            start from empty data (deletes the data directory first)
              --data-dir DIR     where data is kept between starts (default: <repository>/.local-data)
              --timeout SECONDS  how long the services may take to become healthy (default: 180)""";

    public static LocalOptions parse(String[] args, Path repository) {
        Path data = repository.resolve(".local-data");
        boolean fresh = false;
        Duration timeout = Duration.ofSeconds(180);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> data = Path.of(value(args, ++i, "--data-dir"));
                case "--timeout" -> {
                    String seconds = value(args, ++i, "--timeout");
                    try {
                        timeout = Duration.ofSeconds(Long.parseLong(seconds));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--timeout takes a number of seconds, not " + seconds);
                    }
                    if (timeout.isNegative() || timeout.isZero()) {
                        throw new IllegalArgumentException("--timeout must be positive");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new LocalOptions(repository, data.toAbsolutePath().normalize(), fresh, timeout);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
