package com.fundguard.crypto.sealing;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A secret sealed to one recipient's public key. Layout (version 1): 1 byte version, 2 bytes length + the
 * ephemeral public key (X.509 SubjectPublicKeyInfo, P-256), 12 bytes nonce, the rest ciphertext with its GCM tag.
 * {@link #toString()} shows sizes only.
 */
public record SealedBox(byte[] ephemeralPublicKey, byte[] nonce, byte[] ciphertext) {

    static final int VERSION = 1;

    public SealedBox {
        ephemeralPublicKey = ephemeralPublicKey.clone();
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        out.write(ephemeralPublicKey.length >>> 8);
        out.write(ephemeralPublicKey.length & 0xFF);
        out.writeBytes(ephemeralPublicKey);
        out.writeBytes(nonce);
        out.writeBytes(ciphertext);
        return out.toByteArray();
    }

    public static SealedBox fromBytes(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if ((in.get() & 0xFF) != VERSION) {
                throw new SealingException("unknown sealed-box version");
            }
            byte[] key = new byte[in.getShort() & 0xFFFF];
            in.get(key);
            byte[] nonce = new byte[12];
            in.get(nonce);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            return new SealedBox(key, nonce, ciphertext);
        } catch (BufferUnderflowException e) {
            throw new SealingException("truncated sealed box");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedBox s && Arrays.equals(toBytes(), s.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return "SealedBox[" + ciphertext.length + " bytes]";
    }
}
