package com.fundguard.crypto.chain;

/**
 * One entry of an append-only hash chain.
 *
 * @param sequence     position, from 0
 * @param previousHash the hash of the link before (64 zeros for the first)
 * @param content      canonical JSON of what was recorded
 * @param hash         SHA-256 over sequence, previous hash and content
 */
public record ChainLink(long sequence, String previousHash, String content, String hash) {
}
