package com.fundguard.test.infrastructure;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The names one test class gets for itself: a database and a Kafka topic namespace. Derived from the class
 * name (readable in the server's logs) plus a hash (unique even when two classes share a simple name).
 */
public record TestIsolation(String databaseName, String topicNamespace) {

    public static TestIsolation forTestClass(Class<?> testClass) {
        String readable = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        String hash = HexFormat.of().toHexDigits(testClass.getName().hashCode());
        String key = "t_" + readable + "_" + hash;
        return new TestIsolation(key, key.replace('_', '-'));
    }
}
