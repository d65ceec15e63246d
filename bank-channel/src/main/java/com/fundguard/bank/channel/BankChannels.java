package com.fundguard.bank.channel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The banks this installation talks to, each by its bank code (the payer account's), each channel behind its own
 * guards ({@link GuardedBankChannel}: one bank failing never holds another's calls). Closing closes the channels that
 * can be closed (the HTTP clients).
 */
public final class BankChannels implements AutoCloseable {

    private final Map<String, BankChannel> raw;
    private final Map<String, GuardedBankChannel> guarded;

    /** @param channelsByBankCode each bank's channel; codes are upper-cased (configuration from the environment arrives lower-cased) */
    public BankChannels(Map<String, ? extends BankChannel> channelsByBankCode, GuardedBankChannel.Guards guards) {
        Map<String, BankChannel> channels = new LinkedHashMap<>();
        Map<String, GuardedBankChannel> guardedChannels = new LinkedHashMap<>();
        channelsByBankCode.forEach((code, channel) -> {
            String bank = normalised(code);
            if (channels.put(bank, channel) != null) {
                throw new IllegalArgumentException("bank " + bank + " is configured twice");
            }
            guardedChannels.put(bank, new GuardedBankChannel(bank, channel, guards));
        });
        this.raw = Map.copyOf(channels);
        this.guarded = Map.copyOf(guardedChannels);
    }

    /** The guarded channel of {@code bankCode}, or empty when none is configured. */
    public Optional<GuardedBankChannel> bank(String bankCode) {
        return Optional.ofNullable(guarded.get(normalised(bankCode)));
    }

    public Set<String> bankCodes() {
        return guarded.keySet();
    }

    private static String normalised(String bankCode) {
        return bankCode.toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        raw.values().forEach(channel -> {
            if (channel instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Closing an HTTP client at shutdown: nothing is left to lose, and the next bank is still closed.
                }
            }
        });
    }

    @Override
    public String toString() {
        return "BankChannels" + guarded.keySet();
    }
}
