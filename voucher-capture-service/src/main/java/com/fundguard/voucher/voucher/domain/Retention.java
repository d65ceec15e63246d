package com.fundguard.voucher.voucher.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may delete a voucher, and when. A voucher never submitted with a transfer was a mistaken or abandoned upload:
 * its uploader or an enterprise admin may delete it at any time. A voucher submitted with a transfer is the
 * evidence of a payment: only an enterprise admin may delete it, and only once the enterprise's retention period
 * has passed since it was submitted (accounting archives keep original vouchers for 30 years by default).
 */
public record Retention(Duration period) {

    public static final Duration STANDARD = Duration.ofDays(10_957);
    public static final Duration SHORTEST = Duration.ofDays(365);
    public static final Duration LONGEST = Duration.ofDays(36_525);

    public Retention {
        if (period == null || period.compareTo(SHORTEST) < 0 || period.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("the retention period is between 365 and 36525 days");
        }
    }

    public enum Refusal {
        NOT_THE_UPLOADER_OR_AN_ADMIN,
        SUBMITTED_VOUCHERS_ARE_DELETED_BY_AN_ADMIN_ONLY,
        STILL_WITHIN_RETENTION
    }

    /**
     * Whether {@code requester} may delete {@code voucher} now; {@code submittedAt} is when it was first submitted
     * with a transfer, if ever.
     */
    public Optional<Refusal> refusalToDelete(Voucher voucher, Optional<Instant> submittedAt, UUID requester, boolean requesterIsAdmin,
                                            Instant now) {
        if (submittedAt.isEmpty()) {
            return voucher.uploadedBy().equals(requester) || requesterIsAdmin ? Optional.empty()
                    : Optional.of(Refusal.NOT_THE_UPLOADER_OR_AN_ADMIN);
        }
        if (!requesterIsAdmin) {
            return Optional.of(Refusal.SUBMITTED_VOUCHERS_ARE_DELETED_BY_AN_ADMIN_ONLY);
        }
        return now.isBefore(submittedAt.get().plus(period)) ? Optional.of(Refusal.STILL_WITHIN_RETENTION) : Optional.empty();
    }
}
