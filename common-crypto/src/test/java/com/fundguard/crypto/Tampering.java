package com.fundguard.crypto;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

/** Flips one bit in each byte in turn and checks that every such copy is refused with the expected exception. */
public final class Tampering {

    private Tampering() {
    }

    public static void everyByteFlippedIsRefused(byte[] original, Class<? extends Throwable> refusal, Consumer<byte[]> use) {
        for (int i = 0; i < original.length; i++) {
            byte[] tampered = original.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> use.accept(tampered)).as("byte %d of %d", i, original.length).isInstanceOf(refusal);
        }
    }
}
