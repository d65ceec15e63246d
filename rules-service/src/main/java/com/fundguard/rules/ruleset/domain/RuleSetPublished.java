package com.fundguard.rules.ruleset.domain;

import java.time.Instant;
import java.util.UUID;

public record RuleSetPublished(UUID ruleSetId, UUID enterpriseId, int version, UUID publishedBy, Instant publishedAt) {
}
