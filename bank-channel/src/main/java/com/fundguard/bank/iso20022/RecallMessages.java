package com.fundguard.bank.iso20022;

/**
 * Whether the recall messages (camt.055, camt.029) can be used here: their prowide classes are an optional dependency
 * of this library, present where recalls are made or answered (the platform's server, the sandbox bank) and absent
 * from the operator agent. This class names none of prowide's classes, so asking is safe without them.
 */
public final class RecallMessages {

    private RecallMessages() {
    }

    public static boolean available() {
        return ProwideXml.onClassPath();
    }

    /** Builds the recall messages' JAXB contexts now (about a second), so the first recall does not wait for them. */
    public static void prepare() {
        if (!available()) {
            throw new IllegalStateException("the recall messages need com.prowidesoftware:pw-iso20022 on the class path (see bank-channel's README)");
        }
        RecallXml.prepare();
    }
}
