package com.fundguard.crypto.envelope;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * One secret, encrypted: the data key wrapped by a key-encryption key, and the data encrypted with the data key.
 * Self-describing and versioned, for a database column. Layout (version 1, big-endian):
 * <pre>
 * 1 byte   format version (1)
 * 1 byte   n = length of the KEK id, then n bytes UTF-8 KEK id
 * 12 bytes nonce of the data-key wrap
 * 2 bytes  m = length of the wrapped data key, then m bytes (AES-256-GCM: 32 key bytes + 16 tag bytes)
 * 12 bytes nonce of the data encryption
 * rest     ciphertext with its 16-byte GCM tag
 * </pre>
 * The format version is authenticated with the data; the KEK id is bound through the wrap (a forged id names a
 * key that cannot unwrap). Nothing here is secret, but {@link #toString()} still shows only the KEK id and sizes.
 */
public record Envelope(int version, String keyId, byte[] wrapNonce, byte[] wrappedKey, byte[] dataNonce, byte[] ciphertext) {

    public static final int VERSION = 1;
    static final int NONCE_BYTES = 12;

    public Envelope {
        wrapNonce = wrapNonce.clone();
        wrappedKey = wrappedKey.clone();
        dataNonce = dataNonce.clone();
        ciphertext = ciphertext.clone();
    }

    public byte[] toBytes() {
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(version);
        out.write(id.length);
        out.writeBytes(id);
        out.writeBytes(wrapNonce);
        out.write(wrappedKey.length >>> 8);
        out.write(wrappedKey.length & 0xFF);
        out.writeBytes(wrappedKey);
        out.writeBytes(dataNonce);
        out.writeBytes(ciphertext);
        return out.toByteArray();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(toBytes());
    }

    public static Envelope fromBase64(String text) {
        try {
            return fromBytes(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new DecryptionFailedException("not an envelope");
        }
    }

    public static Envelope fromBytes(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            int version = in.get() & 0xFF;
            if (version != VERSION) {
                throw new DecryptionFailedException("unknown envelope version " + version);
            }
            byte[] id = new byte[in.get() & 0xFF];
            in.get(id);
            byte[] wrapNonce = new byte[NONCE_BYTES];
            in.get(wrapNonce);
            byte[] wrapped = new byte[in.getShort() & 0xFFFF];
            in.get(wrapped);
            byte[] dataNonce = new byte[NONCE_BYTES];
            in.get(dataNonce);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            return new Envelope(version, new String(id, StandardCharsets.UTF_8), wrapNonce, wrapped, dataNonce, ciphertext);
        } catch (java.nio.BufferUnderflowException e) {
            throw new DecryptionFailedException("truncated envelope");
        }
    }

    /** What the data's GCM tag covers besides the associated data: the format, so a downgrade cannot pass. */
    static byte[] authenticatedHeader(int version) {
        return new byte[] {'F', 'G', 'E', (byte) version};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Envelope e && Arrays.equals(toBytes(), e.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return "Envelope[v" + version + ", kek=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
