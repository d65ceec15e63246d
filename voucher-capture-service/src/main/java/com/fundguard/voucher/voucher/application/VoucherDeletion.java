package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.Retention;
import com.fundguard.voucher.voucher.domain.Voucher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes vouchers under the enterprise's retention rules ({@link Retention}): the bytes and thumbnail leave the
 * storage, the voucher's record stays with a deletion record naming who, when and why. Setting the retention
 * period is an enterprise admin's act.
 */
public class VoucherDeletion {

    private final Vouchers vouchers;
    private final Ledger ledger;
    private final VoucherStorage storage;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public VoucherDeletion(Vouchers vouchers, Ledger ledger, VoucherStorage storage, TransactionTemplate transactions, Clock clock) {
        this.vouchers = vouchers;
        this.ledger = ledger;
        this.storage = storage;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A refused deletion; the reason says which rule. */
    public static class DeletionRefused extends RuntimeException {
        private final Retention.Refusal refusal;

        public DeletionRefused(Retention.Refusal refusal) {
            super("the voucher cannot be deleted: " + refusal.name());
            this.refusal = refusal;
        }

        public Retention.Refusal refusal() {
            return refusal;
        }
    }

    /** Empty when the enterprise has no such voucher (a deleted one included). */
    public Optional<Instant> delete(UUID enterpriseId, UUID voucherId, UUID requester, boolean requesterIsAdmin, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("a deletion states its reason in 1 to 500 characters");
        }
        Optional<Instant> deleted = transactions.execute(status -> {
            Optional<Voucher> found = vouchers.find(enterpriseId, voucherId);
            if (found.isEmpty()) {
                return Optional.<Instant>empty();
            }
            Voucher voucher = found.get();
            Optional<Instant> submittedAt = ledger.firstSubmittedAt(voucherId);
            Instant now = clock.instant();
            ledger.retentionOf(enterpriseId).refusalToDelete(voucher, submittedAt, requester, requesterIsAdmin, now)
                    .ifPresent(refusal -> {
                        throw new DeletionRefused(refusal);
                    });
            ledger.recordDeletion(voucher, requester, now, reason.strip(), submittedAt.isPresent());
            return Optional.of(now);
        });
        // After the commit: a failed storage delete leaves bytes no record points to, never a record without its audit.
        deleted.ifPresent(at -> {
            String key = VoucherStorage.keyOf(enterpriseId, voucherId);
            storage.delete(key);
            storage.delete(VoucherStorage.thumbnailKeyOf(key));
        });
        return deleted;
    }

    public Retention retentionOf(UUID enterpriseId) {
        return ledger.retentionOf(enterpriseId);
    }

    public Retention setRetention(UUID enterpriseId, Duration period, UUID admin) {
        Retention retention = new Retention(period);
        ledger.saveRetention(enterpriseId, retention, admin, clock.instant());
        return retention;
    }

    /** The port: retention settings, submission times and deletion records. */
    public interface Ledger {

        Retention retentionOf(UUID enterpriseId);

        void saveRetention(UUID enterpriseId, Retention retention, UUID changedBy, Instant at);

        Optional<Instant> firstSubmittedAt(UUID voucherId);

        void recordDeletion(Voucher voucher, UUID deletedBy, Instant at, String reason, boolean wasAttached);
    }
}
