package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.domain.CaptureProfile;
import com.fundguard.voucher.voucher.domain.QualityShortfall;
import com.fundguard.voucher.voucher.domain.ReuseSuspicion;
import com.fundguard.voucher.voucher.domain.Voucher;
import com.fundguard.voucher.voucher.domain.VoucherDetails;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import com.fundguard.voucher.voucher.domain.VoucherType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures vouchers: detects the format from the content, spools the upload to a private temporary file while
 * hashing and counting it, inspects it (decompression limits, polyglots, the capture profile's quality checks), then
 * stores exactly the bytes it hashed and records the voucher with its VoucherCaptured event in one transaction. A
 * refused upload leaves nothing behind but a VoucherRejected event. Reading verifies the hash first and refuses
 * altered evidence.
 */
public class VoucherCapture {

    private final Vouchers vouchers;
    private final VoucherStorage storage;
    private final VoucherEvents events;
    private final VoucherInspector inspector;
    private final PersonalMetadata personalMetadata;
    private final VoucherAttachments.Attachments attachments;
    private final CaptureProfiles profiles;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;

    public VoucherCapture(Vouchers vouchers, VoucherStorage storage, VoucherEvents events, VoucherInspector inspector,
                          PersonalMetadata personalMetadata, CaptureProfiles profiles, VoucherAttachments.Attachments attachments,
                          TransactionTemplate transactions, Clock clock, long maxBytes) {
        this.personalMetadata = personalMetadata;
        this.attachments = attachments;
        this.vouchers = vouchers;
        this.storage = storage;
        this.events = events;
        this.inspector = inspector;
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** One upload: what the uploader said about it and the bytes. */
    public record Upload(UUID enterpriseId, UUID uploadedBy, VoucherType type, CaptureDevice device, VoucherDetails details,
                         InputStream content) {
    }

    public Voucher capture(Upload upload) {
        try {
            return captureChecked(upload);
        } catch (VoucherRejectedException refused) {
            transactions.executeWithoutResult(status -> events.rejected(upload.enterpriseId(), upload.uploadedBy(), refused,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
            throw refused;
        }
    }

    private Voucher captureChecked(Upload upload) {
        UUID id = UUID.randomUUID();
        String key = VoucherStorage.keyOf(upload.enterpriseId(), id);
        Path spool = null;
        Path stripped = null;
        boolean stored = false;
        try (BufferedInputStream buffered = new BufferedInputStream(upload.content())) {
            buffered.mark(VoucherMediaType.SIGNATURE_BYTES);
            byte[] head = buffered.readNBytes(VoucherMediaType.SIGNATURE_BYTES);
            buffered.reset();
            if (head.length == 0) {
                throw new VoucherRejectedException(VoucherRejectedException.Reason.EMPTY, "the file is empty");
            }
            VoucherMediaType mediaType = VoucherMediaType.detect(head).orElseThrow(() -> new VoucherRejectedException(
                    VoucherRejectedException.Reason.UNSUPPORTED_FORMAT, "the content is not a JPEG, PNG, WebP or PDF file"));
            spool = Files.createTempFile("voucher-", ".upload",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            CountingLimit counted = new CountingLimit(buffered, maxBytes);
            Files.copy(counted, spool, StandardCopyOption.REPLACE_EXISTING);
            VoucherInspector.Inspection inspection = inspector.inspect(spool, mediaType);
            CaptureFacts facts = inspection.facts();
            if (facts.quality().isPresent()) {
                CaptureProfile profile = profiles.of(upload.enterpriseId(), upload.device());
                List<QualityShortfall> shortfalls = profile.assess(facts.quality().get());
                if (!shortfalls.isEmpty()) {
                    throw new VoucherQualityException(profile, shortfalls);
                }
            }
            // What is stored, hashed and served is the file without its personal metadata.
            stripped = Files.createTempFile("voucher-", ".stored",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            personalMetadata.strip(spool, mediaType, stripped);
            MessageDigest sha256 = sha256();
            try (InputStream storedBytes = new DigestInputStream(Files.newInputStream(stripped), sha256)) {
                storedBytes.transferTo(java.io.OutputStream.nullOutputStream());
            }
            storage.store(key, stripped);
            stored = true;
            storage.store(VoucherStorage.thumbnailKeyOf(key), new java.io.ByteArrayInputStream(inspection.thumbnail()));
            Voucher voucher = new Voucher(id, upload.enterpriseId(), upload.type(), mediaType, Files.size(stripped),
                    HexFormat.of().formatHex(sha256.digest()), upload.uploadedBy(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                    upload.device(), facts, upload.details(), HexFormat.of().formatHex(sha256().digest(inspection.thumbnail())));
            transactions.executeWithoutResult(status -> {
                vouchers.add(voucher);
                events.captured(voucher);
            });
            return voucher;
        } catch (IOException e) {
            if (stored) {
                storage.delete(key);
                storage.delete(VoucherStorage.thumbnailKeyOf(key));
            }
            throw new UncheckedIOException("the upload could not be read", e);
        } catch (RuntimeException e) {
            if (stored) {
                storage.delete(key);
                storage.delete(VoucherStorage.thumbnailKeyOf(key));
            }
            throw e;
        } finally {
            deleteQuietly(spool);
            deleteQuietly(stripped);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // The temporary directory's cleaner removes it; the voucher's fate is already decided.
            }
        }
    }

    /**
     * Who asks to see a voucher: a person of the enterprise with their roles now, or a service reading for the
     * platform (approval-service's facts for the rules).
     */
    public record Viewer(UUID person, Set<String> roles, boolean platformService) {

        public static Viewer service() {
            return new Viewer(null, Set.of(), true);
        }
    }

    /**
     * The voucher with the reuse suspicions on it, if the viewer may see it: its uploader, the applicant and the
     * approvers (by the roles on the route) of a transfer it is attached to, or a platform service. Anyone else is
     * told it does not exist, as someone of another enterprise is.
     */
    public Optional<ViewedVoucher> find(UUID enterpriseId, UUID voucherId, Viewer viewer) {
        return vouchers.find(enterpriseId, voucherId).filter(voucher -> mayView(voucher, viewer)).map(this::viewed);
    }

    /**
     * The viewer's own uploads (newest first, at most {@code limit}), or with {@code transferId} the vouchers
     * submitted with that transfer when the viewer may see them, each with its reuse suspicions.
     */
    public List<ViewedVoucher> list(UUID enterpriseId, Optional<UUID> transferId, Viewer viewer, int limit) {
        List<Voucher> found = transferId.map(transfer -> vouchers.attachedTo(enterpriseId, transfer))
                .orElseGet(() -> viewer.person() == null ? List.of() : vouchers.uploadedBy(enterpriseId, viewer.person(), limit));
        return found.stream().filter(voucher -> mayView(voucher, viewer)).limit(limit).map(this::viewed).toList();
    }

    private ViewedVoucher viewed(Voucher voucher) {
        return new ViewedVoucher(voucher, attachments.suspicionsOf(voucher.enterpriseId(), voucher.id()),
                attachments.transfersWithSameEvidence(voucher.enterpriseId(), voucher.id()));
    }

    public record ViewedVoucher(Voucher voucher, List<ReuseSuspicion> reuseSuspicions, List<UUID> transfersWithThisEvidence) {
    }

    private boolean mayView(Voucher voucher, Viewer viewer) {
        return viewer.platformService()
                || voucher.uploadedBy().equals(viewer.person())
                || (viewer.person() != null && attachments.visibleThroughTransfer(voucher.enterpriseId(), voucher.id(), viewer.person(), viewer.roles()));
    }

    /** The stored bytes, after checking that they still hash to what was recorded at upload. */
    public Optional<VerifiedContent> content(UUID enterpriseId, UUID voucherId, Viewer viewer) {
        return vouchers.find(enterpriseId, voucherId).filter(voucher -> mayView(voucher, viewer)).map(voucher -> {
            // The bytes served are the bytes verified: read once into a private copy while hashing, never re-opened
            // from storage after the check (where they could have been replaced in between).
            MessageDigest sha256 = sha256();
            Path copy = null;
            try {
                copy = Files.createTempFile("voucher-", ".read", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (InputStream in = new DigestInputStream(storage.open(VoucherStorage.keyOf(enterpriseId, voucherId)), sha256)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!HexFormat.of().formatHex(sha256.digest()).equals(voucher.sha256())) {
                    throw new VoucherIntegrityException("voucher " + voucherId + " no longer matches its recorded SHA-256");
                }
                return new VerifiedContent(voucher, Files.newInputStream(copy, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE));
            } catch (IOException e) {
                deleteQuietly(copy);
                throw new VoucherIntegrityException("voucher " + voucherId + " cannot be read from storage");
            } catch (RuntimeException e) {
                deleteQuietly(copy);
                throw e;
            }
        });
    }

    public record VerifiedContent(Voucher voucher, InputStream bytes) {
    }

    /** The voucher's thumbnail for lists, checked against the hash recorded when it was made. */
    public Optional<byte[]> thumbnail(UUID enterpriseId, UUID voucherId, Viewer viewer) {
        return vouchers.find(enterpriseId, voucherId).filter(voucher -> mayView(voucher, viewer))
                .filter(voucher -> voucher.thumbnailSha256() != null).map(voucher -> {
            byte[] bytes;
            try (InputStream in = storage.open(VoucherStorage.thumbnailKeyOf(VoucherStorage.keyOf(enterpriseId, voucherId)))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new VoucherIntegrityException("the thumbnail of voucher " + voucherId + " cannot be read from storage");
            }
            if (!HexFormat.of().formatHex(sha256().digest(bytes)).equals(voucher.thumbnailSha256())) {
                throw new VoucherIntegrityException("the thumbnail of voucher " + voucherId + " no longer matches its recorded SHA-256");
            }
            return bytes;
        });
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
