package com.fundguard.notification.notice.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A person of the notice's enterprise who is told, why, and in which language. */
public record Recipient(UUID userId, Relation relation, Locale locale) {

    public Recipient {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(relation);
        Objects.requireNonNull(locale);
    }
}
