package com.fundguard.reconciliation.close.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a booked line stands in reconciliation when the day is looked at.
 *
 * @param pass the matching pass that matched it (for {@link Kind#MATCHED}), as the matching records it
 */
public record LineStatus(Kind kind, Optional<String> pass) {

    public enum Kind {
        /** Matched to what the platform executed. */
        MATCHED,
        /** Not matched, but an open discrepancy case holds it: someone is working on it, so the day may close. */
        IN_OPEN_CASE,
        /** Neither matched nor in an open case. */
        UNRECONCILED,
        /**
         * The platform cannot tell: the matching results or the cases are not available to this service (a port
         * without an adapter). Never taken as reconciled.
         */
        UNKNOWN
    }

    public static final LineStatus IN_OPEN_CASE = new LineStatus(Kind.IN_OPEN_CASE, Optional.empty());
    public static final LineStatus UNRECONCILED = new LineStatus(Kind.UNRECONCILED, Optional.empty());
    public static final LineStatus UNKNOWN = new LineStatus(Kind.UNKNOWN, Optional.empty());

    public LineStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pass, "pass");
    }

    public static LineStatus matched(String pass) {
        return new LineStatus(Kind.MATCHED, Optional.of(pass));
    }

    /** Matched, or held by an open case: what the close accepts. */
    public boolean accountedFor() {
        return kind == Kind.MATCHED || kind == Kind.IN_OPEN_CASE;
    }
}
