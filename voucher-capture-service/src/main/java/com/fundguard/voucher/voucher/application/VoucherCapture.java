package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.Voucher;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import com.fundguard.voucher.voucher.domain.VoucherType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures vouchers: detects the format from the content, streams the bytes to storage while hashing and
 * counting them, and records the voucher with its VoucherCaptured event in one transaction. What fails a check
 * leaves nothing behind. Reading verifies the hash first and refuses altered evidence.
 */
public class VoucherCapture {

    private final Vouchers vouchers;
    private final VoucherStorage storage;
    private final VoucherEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;

    public VoucherCapture(Vouchers vouchers, VoucherStorage storage, VoucherEvents events, TransactionTemplate transactions,
                          Clock clock, long maxBytes) {
        this.vouchers = vouchers;
        this.storage = storage;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public Voucher capture(UUID enterpriseId, UUID uploadedBy, VoucherType type, InputStream upload) {
        UUID id = UUID.randomUUID();
        String key = VoucherStorage.keyOf(enterpriseId, id);
        try (BufferedInputStream buffered = new BufferedInputStream(upload)) {
            buffered.mark(VoucherMediaType.SIGNATURE_BYTES);
            byte[] head = buffered.readNBytes(VoucherMediaType.SIGNATURE_BYTES);
            buffered.reset();
            if (head.length == 0) {
                throw new VoucherRejectedException(VoucherRejectedException.Reason.EMPTY, "the file is empty");
            }
            VoucherMediaType mediaType = VoucherMediaType.detect(head).orElseThrow(() -> new VoucherRejectedException(
                    VoucherRejectedException.Reason.UNSUPPORTED_FORMAT, "the content is not a JPEG, PNG, WebP or PDF file"));
            MessageDigest sha256 = sha256();
            CountingLimit counted = new CountingLimit(new DigestInputStream(buffered, sha256), maxBytes);
            storage.store(key, counted);
            Voucher voucher = new Voucher(id, enterpriseId, type, mediaType, counted.count(),
                    HexFormat.of().formatHex(sha256.digest()), uploadedBy, clock.instant().truncatedTo(ChronoUnit.MICROS));
            transactions.executeWithoutResult(status -> {
                vouchers.add(voucher);
                events.captured(voucher);
            });
            return voucher;
        } catch (IOException e) {
            storage.delete(key);
            throw new UncheckedIOException("the upload could not be read", e);
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    public Optional<Voucher> find(UUID enterpriseId, UUID voucherId) {
        return vouchers.find(enterpriseId, voucherId);
    }

    /** The stored bytes, after checking that they still hash to what was recorded at upload. */
    public Optional<VerifiedContent> content(UUID enterpriseId, UUID voucherId) {
        return vouchers.find(enterpriseId, voucherId).map(voucher -> {
            String key = VoucherStorage.keyOf(enterpriseId, voucherId);
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(storage.open(key), sha256)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new VoucherIntegrityException("voucher " + voucherId + " cannot be read from storage");
            }
            if (!HexFormat.of().formatHex(sha256.digest()).equals(voucher.sha256())) {
                throw new VoucherIntegrityException("voucher " + voucherId + " no longer matches its recorded SHA-256");
            }
            return new VerifiedContent(voucher, storage.open(key));
        });
    }

    public record VerifiedContent(Voucher voucher, InputStream bytes) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Counts what passes and stops the stream once it exceeds the limit, however the client declared its size. */
    private static final class CountingLimit extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        CountingLimit(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new VoucherRejectedException(VoucherRejectedException.Reason.TOO_LARGE,
                        "the file exceeds the limit of " + limit + " bytes");
            }
        }

        long count() {
            return count;
        }
    }
}
