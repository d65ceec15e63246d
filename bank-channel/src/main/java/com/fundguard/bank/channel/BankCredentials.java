package com.fundguard.bank.channel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A payer account's online-banking password and UKEY PIN, as bank-connector-service seals them to an agent's
 * one-time key and the agent opens them: one definition of the bytes for both sides. Layout (version 1): 1 byte
 * version, then the password and the PIN, each as 2 bytes length + UTF-8. Arrays only, so every copy can be wiped.
 */
public final class BankCredentials implements AutoCloseable {

    private static final byte VERSION = 1;

    private final char[] password;
    private final char[] pin;

    /** Takes the arrays themselves (not copies): {@link #close()} wipes them. */
    public BankCredentials(char[] password, char[] pin) {
        this.password = Objects.requireNonNull(password);
        this.pin = Objects.requireNonNull(pin);
        if (password.length == 0 || pin.length == 0) {
            throw new IllegalArgumentException("a password and a PIN are not empty");
        }
    }

    /** The associated data a sealed release is bound to: the claim, its enterprise and the payer account. */
    public static byte[] associatedData(UUID claimId, UUID enterpriseId, String payerAccount) {
        return (claimId + "|" + enterpriseId + "|" + payerAccount).getBytes(StandardCharsets.UTF_8);
    }

    /** The plaintext bytes; the caller wipes them after sealing. */
    public byte[] toBytes() {
        byte[] passwordBytes = utf8(password);
        byte[] pinBytes = utf8(pin);
        try {
            if (passwordBytes.length > 0xFFFF || pinBytes.length > 0xFFFF) {
                throw new IllegalArgumentException("a password or PIN longer than 65535 bytes");
            }
            ByteBuffer out = ByteBuffer.allocate(1 + 2 + passwordBytes.length + 2 + pinBytes.length);
            out.put(VERSION).putShort((short) passwordBytes.length).put(passwordBytes).putShort((short) pinBytes.length).put(pinBytes);
            return out.array();
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            Arrays.fill(pinBytes, (byte) 0);
        }
    }

    /** Reads the plaintext bytes (and wipes them). */
    public static BankCredentials fromBytes(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) {
                throw new IllegalArgumentException("unknown credentials layout");
            }
            char[] password = chars(in);
            char[] pin = chars(in);
            if (in.hasRemaining()) {
                Arrays.fill(password, '\0');
                Arrays.fill(pin, '\0');
                throw new IllegalArgumentException("trailing bytes after the credentials");
            }
            return new BankCredentials(password, pin);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated credentials");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The password itself, not a copy. */
    public char[] password() {
        return password;
    }

    /** The PIN itself, not a copy (a SigningToken wipes what it is given: pass {@code pin().clone()} if still needed). */
    public char[] pin() {
        return pin;
    }

    @Override
    public void close() {
        Arrays.fill(password, '\0');
        Arrays.fill(pin, '\0');
    }

    @Override
    public String toString() {
        return "BankCredentials[(hidden)]";
    }

    private static char[] chars(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        byte[] raw = new byte[length];
        in.get(raw);
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            char[] chars = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
            Arrays.fill(decoded.array(), '\0');
            return chars;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("credentials are not UTF-8");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
