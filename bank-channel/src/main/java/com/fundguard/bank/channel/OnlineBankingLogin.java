package com.fundguard.bank.channel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The online-banking password of a debtor account, for one submission. {@link #wipe()} after use: the array is the
 * only copy this program keeps (the HTTP header the channel builds from it is a String the JVM may keep until it
 * is collected; nothing else holds it).
 */
public final class OnlineBankingLogin {

    private final String account;
    private final char[] password;

    public OnlineBankingLogin(String account, char[] password) {
        this.account = Objects.requireNonNull(account);
        this.password = Objects.requireNonNull(password);
    }

    public String account() {
        return account;
    }

    /** The password itself, not a copy: read it, do not keep it. */
    public char[] password() {
        return password;
    }

    /**
     * The HTTP header the bank channel carries it in: {@code Basic base64(account:password)}. The intermediate
     * characters and bytes are wiped; the header itself is a String the caller cannot wipe.
     */
    public String basicAuthorization() {
        CharBuffer credentials = CharBuffer.allocate(account.length() + 1 + password.length);
        credentials.put(account).put(':').put(password).flip();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(credentials);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(bytes);
        } finally {
            Arrays.fill(credentials.array(), '\0');
            Arrays.fill(encoded.array(), (byte) 0);
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The bank's side: the login an {@code Authorization} header carries, or empty when it carries none readable. */
    public static Optional<OnlineBankingLogin> fromBasicAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int colon = -1;
            for (int i = 0; i < chars.length(); i++) {
                if (chars.get(i) == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon < 1) {
                return Optional.empty();
            }
            char[] password = new char[chars.length() - colon - 1];
            chars.position(colon + 1).get(password);
            return Optional.of(new OnlineBankingLogin(chars.flip().limit(colon).toString(), password));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "OnlineBankingLogin[account=" + account + ", password=(hidden)]";
    }
}
