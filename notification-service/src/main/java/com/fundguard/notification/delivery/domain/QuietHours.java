package com.fundguard.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** A daily span, in the person's zone, in which pushes wait; it may span midnight (22:00 to 07:00). */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(from);
        Objects.requireNonNull(until);
        Objects.requireNonNull(zone);
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours must not start when they end");
        }
    }

    /** When the quiet span holding {@code now} ends; empty if {@code now} is not quiet. */
    public Optional<Instant> endOfQuietAt(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overMidnight = from.isAfter(until);
        boolean quiet = overMidnight ? !time.isBefore(from) || time.isBefore(until) : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime end = local.with(until);
        return Optional.of((end.isAfter(local) ? end : end.plusDays(1)).toInstant());
    }
}
