package com.fundguard.crypto.chain;

import com.fundguard.crypto.canonical.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An append-only hash chain for audit logs: each link's hash covers its position, the previous link's hash and its
 * canonical content, so changing, removing, inserting or reordering any link breaks every hash after it. The
 * verifier names the first link that does not fit.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The link that follows {@code previous} (empty for the first link of a chain). */
    public static ChainLink append(Optional<ChainLink> previous, String contentJson) {
        long sequence = previous.map(link -> link.sequence() + 1).orElse(0L);
        String previousHash = previous.map(ChainLink::hash).orElse(GENESIS);
        String content = CanonicalJson.canonicalize(contentJson);
        return new ChainLink(sequence, previousHash, content, hash(sequence, previousHash, content));
    }

    public static Verification verify(List<ChainLink> links) {
        String expectedPrevious = GENESIS;
        for (int index = 0; index < links.size(); index++) {
            ChainLink link = links.get(index);
            if (link.sequence() != index) {
                return Verification.brokenAt(index, "sequence " + link.sequence() + " where " + index + " belongs");
            }
            if (!link.previousHash().equals(expectedPrevious)) {
                return Verification.brokenAt(index, "does not follow the link before it");
            }
            String canonical;
            try {
                canonical = CanonicalJson.canonicalize(link.content());
            } catch (IllegalArgumentException e) {
                return Verification.brokenAt(index, "content is not JSON");
            }
            if (!canonical.equals(link.content())) {
                return Verification.brokenAt(index, "content is not in canonical form");
            }
            if (!MessageDigest.isEqual(hash(link.sequence(), link.previousHash(), link.content()).getBytes(StandardCharsets.US_ASCII),
                    link.hash().getBytes(StandardCharsets.US_ASCII))) {
                return Verification.brokenAt(index, "hash does not match its content");
            }
            expectedPrevious = link.hash();
        }
        return Verification.intact(links.size());
    }

    static String hash(long sequence, String previousHash, String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            sha256.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The verdict: intact, or broken first at {@code firstBrokenIndex} for {@code reason}. */
    public record Verification(boolean intact, int linksChecked, int firstBrokenIndex, String reason) {

        static Verification intact(int links) {
            return new Verification(true, links, -1, null);
        }

        static Verification brokenAt(int index, String reason) {
            return new Verification(false, index, index, reason);
        }
    }
}
