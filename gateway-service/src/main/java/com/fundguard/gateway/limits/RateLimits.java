package com.fundguard.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets per client address and per signed-in subject, two tiers (standard and strict). Buckets live in
 * memory in a bounded Caffeine map: an attacker cycling through addresses evicts old buckets instead of
 * exhausting memory. Each gateway instance counts for itself; with n instances a client gets at most n times the
 * limit, which is still a limit.
 */
final class RateLimits {

    enum Tier { STANDARD, STRICT }

    private final LimitProperties properties;
    private final Cache<String, Bucket> buckets;

    RateLimits(LimitProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.trackedClients())
                .expireAfterAccess(Duration.ofMinutes(2))
                .build();
    }

    /** Takes one token for the address and, when signed in, one for the subject; the wait if either is empty. */
    Optional<Duration> take(Tier tier, String address, String subject) {
        Optional<Duration> wait = take("ip:" + tier + ":" + address, tier == Tier.STRICT ? properties.strictPerIpPerMinute() : properties.perIpPerMinute());
        if (wait.isPresent() || subject == null) {
            return wait;
        }
        return take("sub:" + tier + ":" + subject, tier == Tier.STRICT ? properties.strictPerUserPerMinute() : properties.perUserPerMinute());
    }

    private Optional<Duration> take(String key, long perMinute) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
