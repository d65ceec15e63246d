package com.fundguard.events;

import java.util.List;

/** Names of the topics of one deployment: one topic per fact family, and a dead-letter topic beside each. */
public final class EventTopics {

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private final String namespace;
    private final List<String> consumedFamilies;

    public EventTopics(String namespace, List<String> consumedFamilies) {
        this.namespace = namespace;
        this.consumedFamilies = List.copyOf(consumedFamilies);
    }

    /** The topics this service's dispatcher listens to. */
    public String[] consumedTopics() {
        return ofAll(consumedFamilies);
    }

    public String of(String family) {
        if (family == null || !family.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a fact family is a lower-case word, not " + family);
        }
        return namespace + "." + family;
    }

    public String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public String[] ofAll(List<String> families) {
        return families.stream().map(this::of).toArray(String[]::new);
    }
}
