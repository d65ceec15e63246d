package com.fundguard.rules.ruleset.adapter.out.events;

import java.time.Instant;
import java.util.UUID;

/** Published contract {@code com.fundguard.rules.rule-set-published.v1} on the {@code rules} topic. */
public record RuleSetPublishedV1(UUID ruleSetId, int version, UUID publishedBy, Instant publishedAt) {

    public static final String TYPE = "com.fundguard.rules.rule-set-published.v1";
}
