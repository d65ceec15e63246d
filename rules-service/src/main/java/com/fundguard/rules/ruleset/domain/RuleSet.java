package com.fundguard.rules.ruleset.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of an enterprise's rules. The definition is the rules document (its grammar and evaluation come
 * with the approval-workflow issue); here it is carried as written, and its life is guarded: a draft is published
 * by someone other than its author, and publishing it retires the set it replaces.
 *
 * @param rowVersion optimistic-locking counter, bumped by every stored change
 */
public record RuleSet(UUID id, UUID enterpriseId, int version, RuleSetState state, String definition, UUID authorId,
                      Instant draftedAt, Optional<UUID> publishedBy, Optional<Instant> publishedAt,
                      Optional<Instant> retiredAt, long rowVersion) {

    public RuleSet {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(state);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(authorId);
        Objects.requireNonNull(draftedAt);
        Objects.requireNonNull(publishedBy);
        Objects.requireNonNull(publishedAt);
        Objects.requireNonNull(retiredAt);
        if (version < 1) {
            throw new IllegalArgumentException("rule set versions start at 1");
        }
    }

    public static RuleSet draft(UUID enterpriseId, int version, String definition, UUID authorId, Clock clock) {
        return new RuleSet(UUID.randomUUID(), enterpriseId, version, RuleSetState.DRAFT, definition, authorId,
                now(clock), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** Four eyes: the author of a draft cannot put it into force. */
    public Published publish(UUID publisherId, Clock clock) {
        if (state != RuleSetState.DRAFT) {
            throw new RuleSetTransitionRefused(RuleSetTransitionRefused.Reason.NOT_A_DRAFT,
                    "rule set version " + version + " is " + state + ", only a draft can be published");
        }
        if (publisherId.equals(authorId)) {
            throw new RuleSetTransitionRefused(RuleSetTransitionRefused.Reason.AUTHOR_CANNOT_PUBLISH,
                    "the author of a rule set cannot publish it; another person must");
        }
        Instant at = now(clock);
        RuleSet published = new RuleSet(id, enterpriseId, version, RuleSetState.PUBLISHED, definition, authorId,
                draftedAt, Optional.of(publisherId), Optional.of(at), Optional.empty(), rowVersion);
        return new Published(published, new RuleSetPublished(id, enterpriseId, version, publisherId, at));
    }

    /** Replaced by a newer published set. */
    public RuleSet retire(Clock clock) {
        if (state != RuleSetState.PUBLISHED) {
            throw new RuleSetTransitionRefused(RuleSetTransitionRefused.Reason.NOT_PUBLISHED,
                    "rule set version " + version + " is " + state + ", only the published set can be retired");
        }
        return new RuleSet(id, enterpriseId, version, RuleSetState.RETIRED, definition, authorId, draftedAt,
                publishedBy, publishedAt, Optional.of(now(clock)), rowVersion);
    }

    public record Published(RuleSet ruleSet, RuleSetPublished event) {
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
